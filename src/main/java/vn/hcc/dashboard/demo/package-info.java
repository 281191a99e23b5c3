/**
 * Deterministic demo data modelled on the seed reports, created through the features' own services.
 * Runs only when {@code app.demo-data=true} (the embedded default profile), never on MariaDB.
 */
package vn.hcc.dashboard.demo;
