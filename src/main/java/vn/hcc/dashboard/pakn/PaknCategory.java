package vn.hcc.dashboard.pakn;

/**
 * What a petition is about. The first two are the two columns of the PAKN "về TTHC" report (the Minh Long 2024 report appendix V:
 * về quy định, TTHC / về hành vi trong giải quyết TTHC); local matters (waste, water, traffic lights, pavements,
 * the Lương Tài 09/2024 report) are petitions the Center handles too but that table does not count.
 */
public enum PaknCategory {
    REGULATION, CONDUCT, LOCAL;

    /** Counted in the Minh Long 2024 report's appendix V (PAKN about administrative procedures). */
    public boolean aboutProcedures() {
        return this != LOCAL;
    }
}
