package vn.hcc.dashboard.pakn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.FieldValidationException;
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

    /** Unit names anyone may read (the public pages). */
    java.util.Map<Long, String> publicUnitNames() {
        return units.publicNamesById();
    }

    String unitName(Long unitId) {
        return unitId == null ? null : units.nameOf(unitId).orElse(String.valueOf(unitId));
    }

    /** Names the unit and handler of each item of a page: one query for the units, one for the handlers. */
    Function<Pakn, PaknRow> rows(List<Pakn> page) {
        Map<Long, String> unitNames = units.namesOf(page.stream().map(Pakn::getUnitId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, String> handlerNames = new HashMap<>();
        handlers().forEach(h -> handlerNames.put(h.username(), h.fullName()));
        return p -> new PaknRow(p, p.getUnitId() == null ? "" : unitNames.getOrDefault(p.getUnitId(), ""),
                p.getHandler() == null ? "" : handlerNames.getOrDefault(p.getHandler(), p.getHandler()));
    }

    void checkUnit(Long unitId) {
        if (unitId != null && units.nameOf(unitId).isEmpty()) {
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
