package vn.hcc.dashboard.bench;

import java.time.LocalDate;
import vn.hcc.dashboard.base.Period;

/**
 * What a bench run measures: {@code bench.rows} generated dossiers (1.000.000 by default; the quick CI mode runs
 * 50.000) over one fixed year, so that a second run on the same database reuses them.
 */
public record BenchSettings(int rows) {

    /** The generated year: dossiers are received from its first day to its last. */
    public static final Period YEAR = Period.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30));
    public static final int FULL_ROWS = 1_000_000;

    public static BenchSettings fromSystem() {
        return new BenchSettings(Integer.getInteger("bench.rows", FULL_ROWS));
    }

    /** Below the full million the run is a smoke test: smaller loads, the same ratios guarded. */
    public boolean quick() {
        return rows < FULL_ROWS;
    }

    /** A property of the run, with a default for the full and one for the quick mode. */
    public String get(String name, String full, String quick) {
        return System.getProperty(name, quick() ? quick : full);
    }

    public int getInt(String name, int full, int quick) {
        return Integer.parseInt(get(name, String.valueOf(full), String.valueOf(quick)));
    }

    public double getDouble(String name, double full, double quick) {
        return Double.parseDouble(get(name, String.valueOf(full), String.valueOf(quick)));
    }
}
