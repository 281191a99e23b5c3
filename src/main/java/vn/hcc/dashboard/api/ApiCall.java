package vn.hcc.dashboard.api;

/**
 * One API call as the audit trail keeps it: the request line, the answer's status, the client's address and, for a
 * write, how many items came and what became of them (empty otherwise).
 */
record ApiCall(String method, String path, String query, int status, String client, String outcome) {
}
