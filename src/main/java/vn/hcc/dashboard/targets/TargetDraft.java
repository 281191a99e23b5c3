package vn.hcc.dashboard.targets;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the target form sends: {@code id == null} creates; {@code unitId == null} means all units. */
public record TargetDraft(Long id, long version, Kpi kpi, Long unitId, LocalDate from, LocalDate to,
        BigDecimal value) {
}
