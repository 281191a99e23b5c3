package vn.hcc.dashboard.pakn;

import java.time.LocalDate;

/**
 * A petition handled before it was recorded here (demo data, migration from the provincial system): how it arrived
 * and where it stands, with the days it was answered, published or hidden. The deadline is computed as for a new one.
 */
public record PaknHistoricItem(PaknDraft draft, String handler, PaknStatus status, String answer,
        LocalDate answeredOn, LocalDate publishedOn, LocalDate hiddenOn, String hiddenReason) {
}
