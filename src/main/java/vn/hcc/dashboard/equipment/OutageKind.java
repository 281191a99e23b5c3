package vn.hcc.dashboard.equipment;

/** What was down; the Kim Thành, Ba Vì and Lương Tài reports name the one-stop software, the network and the national portal. */
public enum OutageKind {
    SOFTWARE, NETWORK, NATIONAL_PORTAL, POWER, OTHER
}
