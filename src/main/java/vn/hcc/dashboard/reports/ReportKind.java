package vn.hcc.dashboard.reports;

import java.time.LocalDate;

/**
 * The built-in reports' keys, file name prefixes (no diacritics, so every mail client keeps them intact) and order
 * in the picker. Reports of other features need no entry here: they implement {@link ReportDefinition} themselves.
 */
public enum ReportKind {
    BIEU_06A("BieuII06a", 10), UNIT_TABLE("BangTheoDonVi", 20), ONLINE_SERVICES("DichVuCongTrucTuyen", 30),
    DIGITIZATION("SoHoaHoSo", 40), TARGETS("ChiTieuThucHien", 50), DOSSIER_LIST("DanhSachHoSo", 70);

    private final String filePrefix;
    private final int order;

    ReportKind(String filePrefix, int order) {
        this.filePrefix = filePrefix;
        this.order = order;
    }

    public String filePrefix() {
        return filePrefix;
    }

    public int order() {
        return order;
    }

    /** E.g. {@code BieuII06a_2023-12-15_2024-10-31.xlsx}. */
    public String fileName(LocalDate from, LocalDate to) {
        return filePrefix + "_" + from + "_" + to + ".xlsx";
    }
}
