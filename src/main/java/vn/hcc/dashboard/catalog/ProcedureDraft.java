package vn.hcc.dashboard.catalog;

/** What the administrator edits in the procedure form; {@code id == null} creates a procedure. */
public record ProcedureDraft(Long id, long version, String code, String name, Long fieldId, Long unitId,
        OnlineLevel onlineLevel, int processingDays, long fee, boolean afternoonCutoff, boolean active) {
}
