package vn.hcc.dashboard.pakn;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.UserService;
import vn.hcc.dashboard.security.Permission;

/** What a petition refers to in other features (units, handlers, dossiers), read through their services. */
@Component
class PaknLookups {

    private final UnitService units;
    private final UserService users;
    private final DossierService dossiers;

    PaknLookups(UnitService units, UserService users, DossierService dossiers) {
        this.units = units;
        this.users = users;
        this.dossiers = dossiers;
    }

    List<PaknHandler> handlers() {
        return users.activeWith(Permission.PAKN_INBOX).stream()
                .map(u -> new PaknHandler(u.getUsername(), u.getFullName())).toList();
    }

    Optional<PaknHandler> handler(String username) {
        return handlers().stream().filter(h -> h.username().equals(username)).findFirst();
    }

    /** "Hoàng Văn Nam (pakn)" for the history; the username alone when the account no longer handles PAKN. */
    String handlerLabel(String username) {
        return username == null ? null : handler(username).map(PaknHandler::label).orElse(username);
    }

    String unitName(Long unitId) {
        return unitId == null ? null : units.listAll().stream().filter(u -> u.getId().equals(unitId))
                .map(Unit::getName).findFirst().orElse(String.valueOf(unitId));
    }

    void checkUnit(Long unitId) {
        if (unitId != null && units.listAll().stream().noneMatch(u -> u.getId().equals(unitId))) {
            throw new FieldValidationException("unit", "validation.required");
        }
    }

    /** A linked dossier code must name a dossier this product knows. */
    void checkDossier(String code) {
        if (code != null && !dossiers.exists(code)) {
            throw new FieldValidationException("dossierCode", "pakn.error.dossier-unknown", code);
        }
    }
}
