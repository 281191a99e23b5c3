package vn.hcc.dashboard.staff;

/** The row of {@link StaffRepository#counts}; sums over no rows are null. */
record StaffCounts(Long total, Long civilServants, Long support, Long own, Long sent) {

    StaffSummary summary(java.time.LocalDate asOf) {
        return new StaffSummary(asOf, n(total), n(civilServants), n(support), n(own), n(sent));
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
