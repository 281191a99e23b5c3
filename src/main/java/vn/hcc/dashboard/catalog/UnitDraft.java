package vn.hcc.dashboard.catalog;

/** What the administrator edits in the unit form; {@code id == null} creates a unit. */
public record UnitDraft(Long id, long version, String code, String name, UnitKind kind, Long parentId,
        boolean active) {
}
