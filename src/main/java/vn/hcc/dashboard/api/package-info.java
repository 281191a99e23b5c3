/**
 * The dossier API for the provincial one-stop software: dossiers in and out, the period figures and KPIs, under
 * API keys the administrator creates (hashed, scoped to units and to read/write, rate-limited, every call audited).
 */
package vn.hcc.dashboard.api;
