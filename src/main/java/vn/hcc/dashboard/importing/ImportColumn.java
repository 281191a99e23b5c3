package vn.hcc.dashboard.importing;

/**
 * The columns of the dossier import format (version 1.1), with their headers exactly as the
 * template writes them and their field names in the dossier API. {@link ImportHeaders} matches a file's headers to these ignoring case and diacritics.
 */
enum ImportColumn {
    CODE("Mã hồ sơ", "code", true),
    PROCEDURE_CODE("Mã thủ tục", "procedureCode", false),
    PROCEDURE_NAME("Tên thủ tục", "procedureName", false),
    FIELD("Lĩnh vực", "field", true),
    UNIT("Đơn vị", "unit", true),
    CHANNEL("Hình thức nộp", "channel", true),
    ONLINE_LEVEL("Mức độ DVC", "onlineLevel", false),
    RECEIVED_AT("Ngày tiếp nhận", "receivedAt", true),
    DUE_ON("Ngày hẹn trả", "dueOn", true),
    RESULT_ON("Ngày có kết quả", "resultOn", false),
    RETURNED_ON("Ngày trả kết quả", "returnedOn", false),
    STATUS("Trạng thái", "status", true),
    FEE("Phí, lệ phí", "fee", false),
    PAID_ONLINE("Thanh toán trực tuyến", "paidOnline", false),
    DIGITIZED_COMPONENTS("Số hóa thành phần", "digitizedComponents", false),
    DIGITIZED_RESULT("Số hóa kết quả", "digitizedResult", false),
    APOLOGY("Thư xin lỗi", "apologyLetter", false),
    // optional since the format's version 1.1; a file without them imports as before
    COMPONENTS_STORED("Lưu kho thành phần", "componentsStored", false),
    RESULT_STORED("Lưu kho kết quả", "resultStored", false),
    REUSED_DATA("Tái sử dụng dữ liệu số hóa", "reusedData", false),
    SATISFACTION("Mức độ hài lòng", "satisfaction", false);

    private final String header;
    private final String field;
    private final boolean required;

    ImportColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    String header() {
        return header;
    }

    /** The column's name in the dossier API's JSON items: the header in English camelCase. */
    String field() {
        return field;
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
