package vn.hcc.dashboard.intake.ui;

import com.vaadin.flow.component.Component;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierStatus;

/** Translated names of the intake vocabularies, the same in the grid, the filters and the forms. */
final class DossierLabels {

    private DossierLabels() {
    }

    static String channel(Component owner, Channel channel) {
        return channel == null ? "" : owner.getTranslation("dossier.channel." + channel.name());
    }

    static String status(Component owner, DossierStatus status) {
        return status == null ? "" : owner.getTranslation("dossier.status." + status.name());
    }

    static String level(Component owner, OnlineLevel level) {
        return level == null ? "" : owner.getTranslation("dossier.level." + level.name());
    }
}
