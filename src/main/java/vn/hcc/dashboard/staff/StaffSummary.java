package vn.hcc.dashboard.staff;

import java.time.LocalDate;

/**
 * The staff counts of the centers' reports for the people active on {@code asOf}, computed by one aggregate query
 * ({@link StaffService#summary}); the reports feature exports it.
 *
 * <p>The Kim Thành Q3/2025 report: "Tổng số ... là 12; trong đó: 10 cán bộ, công chức thuộc biên chế ..., 02 nhân viên hỗ
 * trợ" = {@link #total} = {@link #civilServants} + {@link #supportWorkers}.
 *
 * <p>The Ba Vì 2024 report's appendix counts civil servants only ("Số lượng công chức, viên chức làm việc tại BPMC"):
 * "Tổng số" = {@link #civilServants}; "Thuộc biên chế (hoặc biệt phái) của Bộ phận Một cửa" = {@link #ownStaff},
 * the permanent or seconded civil servants for whom the Center is their one post; "Công chức, viên chức do các cơ
 * quan chuyên môn được cử đến" = {@link #sentByDepartments}, seconded civil servants who keep their post in the
 * department (a concurrent duty). The rest, {@link #concurrentOwn}, are permanent civil servants of the commune who
 * sit at the counters besides their own post: the Ba Vì 2024 report's five commune officials ("05 / 0 / 0").
 */
public record StaffSummary(LocalDate asOf, long total, long civilServants, long supportWorkers, long ownStaff,
        long sentByDepartments) {

    /** Permanent civil servants working at the Center as a concurrent duty; counted only in the totals. */
    public long concurrentOwn() {
        return civilServants - ownStaff - sentByDepartments;
    }
}
