package vn.hcc.dashboard.pakn;

/**
 * What a petition is about. The first two are the two columns of the PAKN "về TTHC" report (seed 001 appendix V:
 * về quy định, TTHC / về hành vi trong giải quyết TTHC); local matters (waste, water, traffic lights, pavements,
 * seed 004) are petitions the Center handles too but that table does not count.
 */
public enum PaknCategory {
    REGULATION, CONDUCT, LOCAL;

    /** Counted in seed 001's appendix V (PAKN about administrative procedures). */
    public boolean aboutProcedures() {
        return this != LOCAL;
    }
}
