/**
 * Cluster mode (off unless {@code app.cluster.members} names the nodes): the embedded Hazelcast member that carries
 * live-update events between nodes, the cluster's status and the rule that runs a job on one node only.
 */
package vn.hcc.dashboard.cluster;
