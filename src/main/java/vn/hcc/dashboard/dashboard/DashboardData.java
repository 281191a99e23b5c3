package vn.hcc.dashboard.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.kpi.KpiSet;
import vn.hcc.dashboard.queue.QueueFigures;

/**
 * Everything one dashboard shows for a period and unit filter, computed once and shared by every open dashboard
 * with the same choice: the KPIs of the period and of the period it is compared with, the 12 months ending with the
 * period, units and channels, and the hall's queue per day, week or month with tickets, keyed by its first day
 * ({@link DashboardService#queueGrouping}; the whole Center: tickets belong to a field and counter, not to a unit).
 */
public record DashboardData(Period period, Period compared, KpiSet current, KpiSet previous, List<KpiSet> months,
        Map<Long, KpiSet> units,
        Map<Channel, Long> receivedByChannel, Map<LocalDate, QueueFigures> queueDays) {
}
