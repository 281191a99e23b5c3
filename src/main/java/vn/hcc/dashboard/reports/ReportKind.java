package vn.hcc.dashboard.reports;

import java.time.LocalDate;

/** The report forms offered; the file name prefix has no diacritics so every mail client keeps it intact. */
public enum ReportKind {
    BIEU_06A("BieuII06a"), UNIT_TABLE("BangTheoDonVi");

    private final String filePrefix;

    ReportKind(String filePrefix) {
        this.filePrefix = filePrefix;
    }

    /** E.g. {@code BieuII06a_2023-12-15_2024-10-31.xlsx}. */
    public String fileName(LocalDate from, LocalDate to) {
        return filePrefix + "_" + from + "_" + to + ".xlsx";
    }
}
