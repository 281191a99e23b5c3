package vn.hcc.dashboard.kpi;

/** One named count of a KPI's formula, as the explanation shows it: "Trước hạn 207". */
public record KpiTerm(String labelKey, long value) {
}
