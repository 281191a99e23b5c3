package vn.hcc.dashboard.equipment;

/** What was down; seeds 002, 003 and 004 name the one-stop software, the network and the national portal. */
public enum OutageKind {
    SOFTWARE, NETWORK, NATIONAL_PORTAL, POWER, OTHER
}
