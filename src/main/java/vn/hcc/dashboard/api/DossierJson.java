package vn.hcc.dashboard.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The OpenAPI description of a dossier item (the controller reads items as maps, so that an unknown field or a bad
 * value is reported at its item instead of failing the whole request). The fields are the import format's columns in
 * English camelCase with the same values; {@code ApiDocsTest} checks them against the import's own list.
 */
@Schema(name = "Dossier", description = "Một hồ sơ: các cột của mẫu nhập hồ sơ, cùng giá trị")
record DossierJson(
        @Schema(description = "Mã hồ sơ", requiredMode = Schema.RequiredMode.REQUIRED) String code,
        @Schema(description = "Mã thủ tục") String procedureCode,
        @Schema(description = "Tên thủ tục (khi không có mã thủ tục)") String procedureName,
        @Schema(description = "Lĩnh vực", requiredMode = Schema.RequiredMode.REQUIRED) String field,
        @Schema(description = "Đơn vị", requiredMode = Schema.RequiredMode.REQUIRED) String unit,
        @Schema(description = "Hình thức nộp: Trực tuyến, Trực tiếp, Bưu chính công ích, Smartphone",
                requiredMode = Schema.RequiredMode.REQUIRED) String channel,
        @Schema(description = "Mức độ DVC: Một phần, Toàn trình, trống") String onlineLevel,
        @Schema(description = "Ngày tiếp nhận, dd/MM/yyyy hoặc dd/MM/yyyy HH:mm", example = "03/03/2025 09:00",
                requiredMode = Schema.RequiredMode.REQUIRED) String receivedAt,
        @Schema(description = "Ngày hẹn trả, dd/MM/yyyy", requiredMode = Schema.RequiredMode.REQUIRED) String dueOn,
        @Schema(description = "Ngày có kết quả, dd/MM/yyyy") String resultOn,
        @Schema(description = "Ngày trả kết quả, dd/MM/yyyy") String returnedOn,
        @Schema(description = "Trạng thái: Đang giải quyết, Chờ bổ sung, Tạm dừng - NVTC, Tạm dừng - khác, "
                + "Đã giải quyết, Đã trả kết quả, Rút hồ sơ, Từ chối", requiredMode = Schema.RequiredMode.REQUIRED)
        String status,
        @Schema(description = "Phí, lệ phí (đồng)") Long fee,
        @Schema(description = "Thanh toán trực tuyến (true/false hoặc Có/Không)") Boolean paidOnline,
        @Schema(description = "Số hóa thành phần") Boolean digitizedComponents,
        @Schema(description = "Số hóa kết quả") Boolean digitizedResult,
        @Schema(description = "Thư xin lỗi") Boolean apologyLetter,
        @Schema(description = "Lưu kho thành phần (trống: chưa ghi nhận)") Boolean componentsStored,
        @Schema(description = "Lưu kho kết quả (trống: chưa ghi nhận)") Boolean resultStored,
        @Schema(description = "Tái sử dụng dữ liệu số hóa (trống: chưa ghi nhận)") Boolean reusedData,
        @Schema(description = "Mức độ hài lòng: Rất hài lòng, Hài lòng, Chưa hài lòng (chỉ khi gửi lên)")
        String satisfaction) {
}
