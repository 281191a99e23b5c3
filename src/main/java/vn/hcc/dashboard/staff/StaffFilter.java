package vn.hcc.dashboard.staff;

/** The roster's filters: a text in the name or position, one employment type or all, only the people active today. */
public record StaffFilter(String text, EmploymentType type, boolean activeOnly) {

    public static final StaffFilter ALL = new StaffFilter("", null, false);

    String normalizedText() {
        return text == null ? "" : text.trim().toLowerCase();
    }
}
