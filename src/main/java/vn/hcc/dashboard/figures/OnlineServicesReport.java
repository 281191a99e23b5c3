package vn.hcc.dashboard.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.figures.PeriodFiguresService.GroupBy;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.reports.TableReport;

/**
 * "Báo cáo ứng dụng dịch vụ công trực tuyến" (the Sơn Trung 2024 report): one row per procedure offered as a partly- or fully-online
 * service (the catalogue's online level) that received dossiers in the period; for its level, 1 procedure provided
 * and the dossiers received in the period: total = at the resolving place (in person) + online + by post.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class OnlineServicesReport implements TableReport {

    private final PeriodFiguresService figures;
    private final ProcedureService procedures;

    OnlineServicesReport(PeriodFiguresService figures, ProcedureService procedures) {
        this.figures = figures;
        this.procedures = procedures;
    }

    @Override
    public String key() {
        return "ONLINE_SERVICES";
    }

    @Override
    public String filePrefix() {
        return "DichVuCongTrucTuyen";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.REPORTING_UNIT);
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        Long unit = request.unitId();
        Map<Long, PeriodFigures> all = byProcedure(request, new DossierFilter(unit, null, null));
        List<ReportTable.Row> rows = new ArrayList<>();
        Block partlyTotal = Block.ZERO;
        Block fullyTotal = Block.ZERO;
        for (Map.Entry<Long, PeriodFigures> e : all.entrySet()) {
            Procedure p = e.getKey() == 0 ? null : procedures.findById(e.getKey()).orElse(null);
            if (p == null || p.getOnlineLevel() == OnlineLevel.NONE || e.getValue().receivedInPeriod() == 0) {
                continue;
            }
            PeriodFigures f = e.getValue();
            // "qua DV bưu chính": ordinary and public postal services alike
            Block b = new Block(1, f.receivedInPeriod(), f.receivedInPerson(), f.receivedOnline(),
                    f.receivedOrdinaryPostal() + f.receivedPublicPostal());
            boolean fully = p.getOnlineLevel() == OnlineLevel.FULLY;
            rows.add(row(p.getName(), fully ? Block.ZERO : b, fully ? b : Block.ZERO));
            partlyTotal = fully ? partlyTotal : partlyTotal.plus(b);
            fullyTotal = fully ? fullyTotal.plus(b) : fullyTotal;
        }
        return new ReportTable(t.get("reports.online.title"),
                List.of(t.get("reports.period", VnFormat.date(request.from()), VnFormat.date(request.to()))),
                t.get("reports.col.procedure"), groups(t), rows, row(t.get("reports.total"), partlyTotal, fullyTotal));
    }

    private Map<Long, PeriodFigures> byProcedure(ReportRequest r, DossierFilter filter) {
        return figures.grouped(r.period(), filter, GroupBy.PROCEDURE);
    }

    private static ReportTable.Row row(String label, Block partly, Block fully) {
        List<ReportValue> v = new ArrayList<>(partly.values());
        v.addAll(fully.values());
        v.add(ReportValue.text(""));
        return new ReportTable.Row(label, v);
    }

    /** Procedures provided, received total, at the resolving place, online, by postal service. */
    private record Block(long provided, long total, long atPlace, long online, long postal) {

        static final Block ZERO = new Block(0, 0, 0, 0, 0);

        List<ReportValue> values() {
            return List.of(ReportValue.count(provided), ReportValue.count(total), ReportValue.count(atPlace),
                    ReportValue.count(online), ReportValue.count(postal));
        }

        Block plus(Block o) {
            return new Block(provided + o.provided, total + o.total, atPlace + o.atPlace, online + o.online,
                    postal + o.postal);
        }
    }

    private static List<ReportTable.Group> groups(ReportTexts t) {
        List<String> block = List.of(t.get("reports.online.provided"), t.get("reports.c.total"),
                t.get("reports.online.at-place"), t.get("reports.online.online"), t.get("reports.online.postal"));
        return List.of(new ReportTable.Group(t.get("reports.online.partly"), block),
                new ReportTable.Group(t.get("reports.online.fully"), block),
                new ReportTable.Group(t.get("reports.online.note"), List.of()));
    }
}
