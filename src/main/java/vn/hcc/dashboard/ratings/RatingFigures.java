package vn.hcc.dashboard.ratings;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.staff.StaffService;

/**
 * The ratings' figures, counted by the database ({@link RatingRepository}'s grouped counts) and named per page
 * through the owning features' services; and the import's upsert. Called only by {@link RatingService}, inside its
 * transaction and permission check.
 */
@Component
class RatingFigures {

    private final RatingRepository ratings;
    private final CounterService counters;
    private final FieldService fields;
    private final UnitService units;
    private final StaffService staff;

    RatingFigures(RatingRepository ratings, CounterService counters, FieldService fields, UnitService units,
            StaffService staff) {
        this.ratings = ratings;
        this.counters = counters;
        this.fields = fields;
        this.units = units;
        this.staff = staff;
    }

    RatingCounts counts(Period period, RatingFilter f) {
        RatingCounts total = RatingCounts.EMPTY;
        for (Object[] row : ratings.countByLevel(start(period), end(period), f.unitId(), f.counterId(), f.officer(),
                f.fieldId())) {
            total = total.plus(RatingCounts.of((RatingLevel) row[0], (Long) row[1]));
        }
        return total;
    }

    Map<YearMonth, RatingCounts> perMonth(Period period, RatingFilter f) {
        Map<YearMonth, RatingCounts> byMonth = new HashMap<>();
        for (Object[] row : ratings.countByMonth(start(period), end(period), f.unitId(), f.counterId(), f.officer(),
                f.fieldId())) {
            byMonth.merge(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                    RatingCounts.of((RatingLevel) row[2], (Long) row[3]), RatingCounts::plus);
        }
        return byMonth;
    }

    RatingService.Overview overview(Period first, Period second, Period months, RatingFilter f) {
        RatingCounts a = RatingCounts.EMPTY;
        RatingCounts b = RatingCounts.EMPTY;
        Map<YearMonth, RatingCounts> byMonth = new HashMap<>();
        for (Object[] row : ratings.countInPeriodsByMonth(start(first), end(first), start(second), end(second),
                start(months), end(months), f.unitId(), f.counterId(), f.officer(), f.fieldId())) {
            RatingLevel level = (RatingLevel) row[2];
            a = a.plus(RatingCounts.of(level, ((Number) row[3]).longValue()));
            b = b.plus(RatingCounts.of(level, ((Number) row[4]).longValue()));
            long inMonths = ((Number) row[5]).longValue();
            if (inMonths > 0) {
                byMonth.merge(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        RatingCounts.of(level, inMonths), RatingCounts::plus);
            }
        }
        return new RatingService.Overview(a, b, byMonth);
    }

    Map<Long, RatingCounts> perUnit(Period period) {
        Map<Long, RatingCounts> byUnit = new HashMap<>();
        ratings.countByUnit(start(period), end(period), null, null, null, null).stream().filter(r -> r[0] != null)
                .forEach(r -> byUnit.merge((Long) r[0], RatingCounts.of((RatingLevel) r[1], (Long) r[2]),
                        RatingCounts::plus));
        return byUnit;
    }

    /** One group per counter, officer, field or unit with ratings, by name; the ratings without one last, unnamed. */
    List<RatingGroup> grouped(Period period, RatingFilter f, RatingGroupBy by) {
        LocalDateTime s = start(period);
        LocalDateTime e = end(period);
        if (by == RatingGroupBy.OFFICER) {
            return officers(ratings.countByOfficer(s, e, f.unitId(), f.counterId(), f.officer(), f.fieldId()));
        }
        List<Object[]> rows = switch (by) {
            case COUNTER -> ratings.countByCounter(s, e, f.unitId(), f.counterId(), f.officer(), f.fieldId());
            case FIELD -> ratings.countByField(s, e, f.unitId(), f.counterId(), f.officer(), f.fieldId());
            case UNIT -> ratings.countByUnit(s, e, f.unitId(), f.counterId(), f.officer(), f.fieldId());
            case OFFICER -> throw new IllegalStateException();
        };
        Map<Long, RatingCounts> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.merge((Long) r[0], RatingCounts.of((RatingLevel) r[1], (Long) r[2]),
                RatingCounts::plus));
        Map<Long, String> names = switch (by) {
            case COUNTER -> counters.namesOf(byId.keySet());
            case FIELD -> fields.namesOf(byId.keySet());
            default -> units.namesOf(byId.keySet());
        };
        List<RatingGroup> groups = new ArrayList<>();
        byId.forEach((id, counts) -> groups.add(new RatingGroup(id == null ? null : names.get(id), counts)));
        return sorted(groups);
    }

    private List<RatingGroup> officers(List<Object[]> rows) {
        Map<String, RatingCounts> byUser = new LinkedHashMap<>();
        Map<String, Long> staffIds = new HashMap<>();
        for (Object[] r : rows) {
            String user = (String) r[0];
            byUser.merge(user, RatingCounts.of((RatingLevel) r[2], (Long) r[3]), RatingCounts::plus);
            if (r[1] != null) {
                staffIds.put(user, (Long) r[1]);
            }
        }
        Map<Long, String> names = staff.namesOf(staffIds.values());
        List<RatingGroup> groups = new ArrayList<>();
        byUser.forEach((user, counts) -> groups.add(new RatingGroup(
                user == null ? null : names.getOrDefault(staffIds.get(user), user), counts)));
        return sorted(groups);
    }

    private static List<RatingGroup> sorted(List<RatingGroup> groups) {
        groups.sort(Comparator.comparing(RatingGroup::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return groups;
    }

    Page<UnsatisfiedRating> unsatisfied(Period period, RatingFilter f, boolean openOnly, Pageable pageable) {
        Page<SatisfactionRating> page = ratings.unsatisfied(start(period), end(period), f.unitId(), f.counterId(),
                f.officer(), f.fieldId(), openOnly, pageable);
        List<SatisfactionRating> list = page.getContent();
        Map<Long, String> counterNames = counters.namesOf(ids(list, SatisfactionRating::getCounterId));
        Map<Long, String> fieldNames = fields.namesOf(ids(list, SatisfactionRating::getFieldId));
        Map<Long, String> staffNames = staff.namesOf(ids(list, SatisfactionRating::getStaffId));
        return page.map(r -> new UnsatisfiedRating(r.getId(), r.getVersion(), r.getRatedAt(),
                r.getTicketNumber() != null ? r.getTicketNumber() : r.getDossierCode(),
                counterNames.getOrDefault(r.getCounterId(), ""), r.getStaffId() != null
                        ? staffNames.getOrDefault(r.getStaffId(), "")
                        : Objects.requireNonNullElse(r.getOfficerUsername(), ""),
                fieldNames.getOrDefault(r.getFieldId(), ""), r.getReason(), r.getComment(), r.getSource(),
                r.getFollowUp(), r.getTicketId(), r.getDossierCode()));
    }

    /** Creates or corrects the dossiers' ratings, one query for the batch's existing ones; returns how many changed. */
    int upsert(List<ImportedRating> batch) {
        Map<String, SatisfactionRating> existing = ratings.findByDossierCodeIn(
                batch.stream().map(ImportedRating::dossierCode).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SatisfactionRating::getDossierCode, Function.identity()));
        int changed = 0;
        for (ImportedRating i : batch) {
            SatisfactionRating r = existing.computeIfAbsent(i.dossierCode(), SatisfactionRating::ofDossier);
            if (r.imported(i.fieldId(), i.unitId(), i.ratedAt(), i.level())) {
                ratings.save(r);
                changed++;
            }
        }
        return changed;
    }

    private static Set<Long> ids(List<SatisfactionRating> list, Function<SatisfactionRating, Long> id) {
        return list.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static LocalDateTime start(Period period) {
        return period.from().atStartOfDay();
    }

    private static LocalDateTime end(Period period) {
        return period.to().plusDays(1).atStartOfDay();
    }
}
