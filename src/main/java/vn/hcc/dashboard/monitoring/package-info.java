/**
 * Monitoring: the management port's access rule (health, info and Prometheus metrics, reachable on that port only)
 * and the meters of Vaadin's sessions, UIs and Push connections; features record their own meters (names hcc_*).
 */
package vn.hcc.dashboard.monitoring;
