package vn.hcc.dashboard.scorecard.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.scorecard.Scorecard;

/** How the scorecard writes points: "64,03 / 68 điểm tính được (trên 100 điểm)". */
final class ScoreTexts {

    private ScoreTexts() {
    }

    static String points(BigDecimal points) {
        return points == null ? "" : VnFormat.decimal(points.doubleValue(), points.stripTrailingZeros().scale() > 0
                ? 2 : 0);
    }

    /** The total, over the computable points when some lines have no data. */
    static String total(Component owner, Scorecard card) {
        if (card.computable().compareTo(card.maximum()) == 0) {
            return owner.getTranslation("scorecard.total.full", VnFormat.decimal(card.total().doubleValue(), 2),
                    points(card.maximum()));
        }
        return owner.getTranslation("scorecard.total.partial", VnFormat.decimal(card.total().doubleValue(), 2),
                points(card.computable()), points(card.maximum()));
    }
}
