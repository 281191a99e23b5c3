package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.base.Period;

/**
 * The PAKN figures rebuilt from records: seed 004's month (24/8–23/9/2024, mobile app: 17 received, 1 handled,
 * 5 hidden, 11 without answer, by commune) and seed 001's appendix V (Minh Long, report of March 2024: every cell 0,
 * although the district had other petitions), then the split by category, the carried-over items and the identity.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class PaknFiguresServiceTest {

    static final LocalDate FROM_004 = LocalDate.of(2024, 8, 24);
    static final LocalDate TO_004 = LocalDate.of(2024, 9, 23);

    @Autowired
    PaknService service;
    @Autowired
    PaknFiguresService figures;
    @Autowired
    UnitService units;

    Map<String, Long> unit;
    final List<PaknHistoricItem> batch = new ArrayList<>();

    @BeforeEach
    void units() {
        unit = units.listAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getId));
    }

    private PaknDraft draft(LocalDate received, PaknChannel channel, PaknCategory category, String unitCode,
            String locality, String content) {
        return new PaknDraft(received.atTime(9, 0), channel, "Người dân", "09xx", content, category, locality, null,
                unit.get(unitCode));
    }

    private void open(LocalDate received, String unitCode, String locality, String content) {
        batch.add(new PaknHistoricItem(draft(received, PaknChannel.MOBILE_APP, PaknCategory.LOCAL, unitCode,
                locality, content), "pakn", PaknStatus.ASSIGNED, null, null, null, null, null));
    }

    private void hidden(LocalDate received, LocalDate hiddenOn, String unitCode, String locality) {
        batch.add(new PaknHistoricItem(draft(received, PaknChannel.MOBILE_APP, PaknCategory.LOCAL, unitCode,
                locality, "Lấn chiếm vỉa hè, đê điều"), "pakn", PaknStatus.HIDDEN, null, null, null, hiddenOn,
                "Trùng nội dung"));
    }

    private void answered(LocalDate received, LocalDate answeredOn, PaknChannel channel, PaknCategory category,
            String unitCode) {
        batch.add(new PaknHistoricItem(draft(received, channel, category, unitCode, null, "Kiến nghị"), "pakn",
                PaknStatus.ANSWERED, "Đã trả lời", answeredOn, null, null, null));
    }

    /** Seed 004 §3.2: the communes' petitions of the month on the mobile app, as the report lists them. */
    private void seed004() {
        LocalDate early = LocalDate.of(2024, 8, 27); // deadline 19/9/2024 (2–3/9 are Quốc khánh): overdue by 23/9
        LocalDate late = LocalDate.of(2024, 9, 16); // deadline in October: still within it on 23/9
        open(early, "X-LAIHA", "xã Lai Hạ", "Xử lý rác thải");
        open(early, "X-PHUHOA", "xã Phú Hòa", "Thoát nước");
        open(late, "X-PHUHOA", "xã Phú Hòa", "Thoát nước");
        open(late, "X-TANLANG", "xã Tân Lãng", "Mất nước");
        open(early, "X-THUA", "thị trấn Thứa", "Ứng xử của tài xế xe buýt");
        open(late, "X-THUA", "thị trấn Thứa", "Đèn giao thông");
        open(late, "X-THUA", "thị trấn Thứa", "Đèn giao thông");
        for (int i = 0; i < 4; i++) {
            open(i < 2 ? early : late, "X-TRUNGKENH", "xã Trung Khê", "Lấn chiếm vỉa hè, đê điều");
        }
        for (int i = 0; i < 5; i++) {
            hidden(early, LocalDate.of(2024, 9, 10), "X-TRUNGKENH", "xã Trung Khê");
        }
        answered(LocalDate.of(2024, 8, 26), LocalDate.of(2024, 9, 5), PaknChannel.MOBILE_APP, PaknCategory.LOCAL,
                "TTHCC");
        service.importHistory(batch);
        batch.clear();
    }

    @Test
    void seed004TheMonthOfTheMobileApp() {
        seed004();
        PaknFigures f = figures.figures(Period.of(FROM_004, TO_004), null);
        PaknCounts t = f.total();
        assertThat(t.received()).isEqualTo(17);
        assertThat(t.receivedInPeriod()).isEqualTo(17);
        assertThat(t.handled()).isEqualTo(1);
        assertThat(t.handledOnTime()).isEqualTo(1);
        assertThat(t.hidden()).isEqualTo(5);
        assertThat(t.pending()).as("chưa trả lời").isEqualTo(11);
        assertThat(t.pendingOverdue()).isEqualTo(5);
        assertThat(t.pendingWithinDeadline()).isEqualTo(6);
        assertThat(t.addsUp()).isTrue();
        assertThat(f.of(PaknChannel.MOBILE_APP)).isEqualTo(t);
        assertThat(f.of(PaknChannel.PORTAL)).isEqualTo(PaknCounts.EMPTY);
        assertThat(f.of(PaknCategory.LOCAL)).isEqualTo(t);
        // waste, water, traffic lights and pavements are not PAKN about procedures: appendix V stays empty
        assertThat(f.appendixV()).isEqualTo(new PaknFigures.AppendixV(0, 0, 0, 0, 0, 0));

        PaknCounts trungKhe = figures.figures(Period.of(FROM_004, TO_004), unit.get("X-TRUNGKENH")).total();
        assertThat(trungKhe.received()).as("09 PAKN ... xã Trung Khê").isEqualTo(9);
        assertThat(trungKhe.hidden()).as("05 PAKN đã ẩn chưa xử lý").isEqualTo(5);
        assertThat(trungKhe.pending()).isEqualTo(4);
        Map<Long, PaknCounts> perUnit = figures.perUnit(Period.of(FROM_004, TO_004));
        assertThat(perUnit.get(unit.get("X-THUA")).pending()).isEqualTo(3);
        assertThat(perUnit.get(unit.get("X-PHUHOA")).pending()).isEqualTo(2);
        assertThat(perUnit.get(unit.get("X-LAIHA")).pending()).isEqualTo(1);
        assertThat(perUnit.get(unit.get("X-TANLANG")).pending()).isEqualTo(1);
        assertThat(perUnit.get(unit.get("TTHCC")).handled()).isEqualTo(1);
        assertThat(perUnit.values().stream().reduce(PaknCounts.EMPTY, PaknCounts::plus)).isEqualTo(t);
        // the per-unit figures (one query) agree with perUnit and with figures of each unit
        Map<Long, PaknFigures> perUnitFigures = figures.figuresPerUnit(Period.of(FROM_004, TO_004));
        assertThat(perUnitFigures.keySet()).isEqualTo(perUnit.keySet());
        perUnitFigures.forEach((id, uf) -> {
            assertThat(uf.total()).isEqualTo(perUnit.get(id));
            assertThat(uf).isEqualTo(figures.figures(Period.of(FROM_004, TO_004), id));
        });
    }

    @Test
    void seed001AppendixVIsZeroWhenNoPetitionAboutProceduresArrived() {
        // Minh Long's report of March 2024 (15/12/2023–14/3/2024): nothing about procedures in the period, though
        // the district had a local-matter petition in it and procedure petitions before and after it
        LocalDate from = LocalDate.of(2023, 12, 15);
        LocalDate to = LocalDate.of(2024, 3, 14);
        answered(LocalDate.of(2024, 1, 8), LocalDate.of(2024, 1, 15), PaknChannel.HOTLINE, PaknCategory.LOCAL,
                "X-LAIHA");
        answered(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 10), PaknChannel.PORTAL,
                PaknCategory.REGULATION, "TTHCC");
        answered(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 25), PaknChannel.PORTAL, PaknCategory.CONDUCT,
                "TTHCC");
        service.importHistory(batch);
        PaknFigures f = figures.figures(Period.of(from, to), null);
        assertThat(f.appendixV()).isEqualTo(new PaknFigures.AppendixV(0, 0, 0, 0, 0, 0));
        assertThat(f.total().received()).isEqualTo(1);
    }

    @Test
    void appendixVSplitsRegulationsAndConductAndCountsHandledInThePeriod() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        answered(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10), PaknChannel.PORTAL, PaknCategory.REGULATION,
                "TTHCC");
        answered(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 28), PaknChannel.PORTAL, PaknCategory.REGULATION,
                "TTHCC"); // late: deadline 3/3
        batch.add(new PaknHistoricItem(draft(LocalDate.of(2025, 3, 3), PaknChannel.HOTLINE,
                PaknCategory.REGULATION, "TTHCC", null, "Hỏi thủ tục"), "pakn", PaknStatus.ASSIGNED, null, null, null,
                null, null));
        answered(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), PaknChannel.IN_PERSON, PaknCategory.CONDUCT,
                "P-TP");
        batch.add(new PaknHistoricItem(draft(LocalDate.of(2025, 3, 24), PaknChannel.LETTER, PaknCategory.CONDUCT,
                "P-TP", null, "Cán bộ hẹn nhiều lần"), "pakn", PaknStatus.ASSIGNED, null, null, null, null, null));
        // carried over from December, answered in January: handled in the period, not received in it
        answered(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 10), PaknChannel.PORTAL, PaknCategory.CONDUCT,
                "P-TP");
        // answered in December: not in the period at all
        answered(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 5), PaknChannel.PORTAL, PaknCategory.CONDUCT,
                "P-TP");
        answered(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 14), PaknChannel.HOTLINE, PaknCategory.LOCAL,
                "X-LAIHA");
        service.importHistory(batch);

        PaknFigures f = figures.figures(Period.of(from, to), null);
        assertThat(f.appendixV()).isEqualTo(new PaknFigures.AppendixV(5, 3, 2, 4, 2, 2));
        PaknCounts t = f.total();
        assertThat(t.receivedInPeriod()).isEqualTo(6);
        assertThat(t.carriedOver()).isEqualTo(1);
        assertThat(t.handledOnTime()).isEqualTo(4);
        assertThat(t.handledLate()).isEqualTo(1);
        assertThat(t.pendingWithinDeadline()).isEqualTo(1);
        assertThat(t.pendingOverdue()).as("received 3/3, due 24/3, open on 31/3").isEqualTo(1);
        assertThat(t.due()).isEqualTo(6);
        assertThat(t.addsUp()).isTrue();
        assertThat(f.of(PaknChannel.PORTAL).handled()).isEqualTo(3);
        assertThat(f.of(PaknCategory.CONDUCT).carriedOver()).isEqualTo(1);
        assertThat(figures.figures(Period.of(from, to), unit.get("P-TP")).total().received()).isEqualTo(3);
        // the same petitions seen a day before the late answer: then it was pending and overdue
        PaknCounts before = figures.figures(Period.of(from, LocalDate.of(2025, 3, 27)), null).total();
        assertThat(before.handledLate()).isZero();
        assertThat(before.pendingOverdue()).isEqualTo(2);

        // the months of the quarter (and one partial, one empty) by one query: each its own period with its own
        // carried-over items, as figures() counts it one period at a time
        List<Period> parts = List.of(Period.of(LocalDate.of(2024, 12, 10), LocalDate.of(2024, 12, 31)),
                Period.of(from, LocalDate.of(2025, 1, 31)), Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
                Period.of(LocalDate.of(2025, 3, 1), to), Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        for (Long u : java.util.Arrays.asList(null, unit.get("P-TP"), unit.get("X-LAIHA"))) {
            assertThat(figures.totals(parts, u)).as("unit %s", u)
                    .isEqualTo(parts.stream().map(p -> figures.figures(p, u).total()).toList());
        }
        assertThat(figures.totals(parts, null).get(0).carriedOver()).isZero();
        assertThat(figures.totals(parts, null).get(1).carriedOver()).isEqualTo(1);
    }

    @Test
    void aRecordedPetitionIsCountedTheDayItArrives() {
        LocalDate day = LocalDate.of(2025, 6, 2);
        service.record(new PaknDraft(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)), PaknChannel.PORTAL, "An",
                null, "Hỏi về thủ tục", PaknCategory.REGULATION, null, null, null));
        PaknFigures f = figures.figures(Period.of(day, day), null);
        assertThat(f.total().pendingWithinDeadline()).isEqualTo(1);
        assertThat(f.appendixV().receivedRegulation()).isEqualTo(1);
        assertThat(f.appendixV().handledTotal()).isZero();
    }
}
