package vn.hcc.dashboard.pakn;

import java.util.Map;

/**
 * The PAKN figures of a period for all units or one: the totals, and the same counts by category and by channel
 * (every category and channel present, zero when none). Computed only by {@link PaknFiguresService}.
 */
public record PaknFigures(PaknCounts total, Map<PaknCategory, PaknCounts> byCategory,
        Map<PaknChannel, PaknCounts> byChannel) {

    /**
     * One row of the Minh Long 2024 report's appendix V ("Kết quả tiếp nhận, xử lý phản ánh, kiến nghị về TTHC"): received in the
     * period and handled in the period, each as total / about regulations and procedures / about conduct in handling
     * a procedure. Local matters are not PAKN about procedures, so the totals are the sum of the two columns.
     */
    public record AppendixV(long receivedTotal, long receivedRegulation, long receivedConduct, long handledTotal,
            long handledRegulation, long handledConduct) {
    }

    public PaknCounts of(PaknCategory category) {
        return byCategory.getOrDefault(category, PaknCounts.EMPTY);
    }

    public PaknCounts of(PaknChannel channel) {
        return byChannel.getOrDefault(channel, PaknCounts.EMPTY);
    }

    public AppendixV appendixV() {
        PaknCounts regulation = of(PaknCategory.REGULATION);
        PaknCounts conduct = of(PaknCategory.CONDUCT);
        return new AppendixV(regulation.receivedInPeriod() + conduct.receivedInPeriod(),
                regulation.receivedInPeriod(), conduct.receivedInPeriod(), regulation.handled() + conduct.handled(),
                regulation.handled(), conduct.handled());
    }
}
