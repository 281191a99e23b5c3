package vn.hcc.dashboard.importing;

/**
 * The columns of the dossier import format (version 1.1), with their headers exactly as the
 * template writes them. {@link ImportHeaders} matches a file's headers to these ignoring case and diacritics.
 */
enum ImportColumn {
    CODE("Mã hồ sơ", true),
    PROCEDURE_CODE("Mã thủ tục", false),
    PROCEDURE_NAME("Tên thủ tục", false),
    FIELD("Lĩnh vực", true),
    UNIT("Đơn vị", true),
    CHANNEL("Hình thức nộp", true),
    ONLINE_LEVEL("Mức độ DVC", false),
    RECEIVED_AT("Ngày tiếp nhận", true),
    DUE_ON("Ngày hẹn trả", true),
    RESULT_ON("Ngày có kết quả", false),
    RETURNED_ON("Ngày trả kết quả", false),
    STATUS("Trạng thái", true),
    FEE("Phí, lệ phí", false),
    PAID_ONLINE("Thanh toán trực tuyến", false),
    DIGITIZED_COMPONENTS("Số hóa thành phần", false),
    DIGITIZED_RESULT("Số hóa kết quả", false),
    APOLOGY("Thư xin lỗi", false),
    // optional since the format's version 1.1; a file without them imports as before
    COMPONENTS_STORED("Lưu kho thành phần", false),
    RESULT_STORED("Lưu kho kết quả", false),
    REUSED_DATA("Tái sử dụng dữ liệu số hóa", false),
    SATISFACTION("Mức độ hài lòng", false);

    private final String header;
    private final boolean required;

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    String header() {
        return header;
    }

    /** Required on its own; the procedure needs {@link #PROCEDURE_CODE} or {@link #PROCEDURE_NAME}. */
    boolean required() {
        return required;
    }

    /** The suffix of this column's translation keys, e.g. {@code received-at}. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
