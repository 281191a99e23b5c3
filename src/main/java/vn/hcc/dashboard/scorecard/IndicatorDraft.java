package vn.hcc.dashboard.scorecard;

import java.math.BigDecimal;

/** The administrator's change of a sub-indicator: its points and threshold (percent), at the version read. */
public record IndicatorDraft(long id, long version, BigDecimal maxPoints, BigDecimal threshold) {
}
