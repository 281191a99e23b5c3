package vn.hcc.dashboard.catalog;

/** Not an online service, partly online (một phần) or fully online (toàn trình). */
public enum OnlineLevel {
    NONE, PARTLY, FULLY
}
