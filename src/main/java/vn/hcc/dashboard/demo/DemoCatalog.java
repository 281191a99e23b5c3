package vn.hcc.dashboard.demo;

import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.catalog.OnlineLevel;

/**
 * The demo catalogue as data: the units of the Lương Tài 09/2024 report (the district center, its departments and communes) and the
 * fields and procedures of the Sơn Trung 2024 report's Biểu II.06a. Processing days and fees are the usual legal values.
 */
final class DemoCatalog {

    record UnitRow(String code, String name) {
    }

    record FieldRow(String code, String name) {
    }

    record CounterRow(String code, String name, List<String> fieldCodes) {
    }

    record ProcedureRow(String code, String name, String fieldCode, String unitCode, OnlineLevel level, int days,
            long fee, boolean afternoonCutoff) {
    }

    static final UnitRow CENTER = new UnitRow("TTHCC", "Trung tâm Phục vụ hành chính công huyện Lương Tài");

    static final List<UnitRow> DEPARTMENTS = List.of(
            new UnitRow("P-KTHT", "Phòng Kinh tế và Hạ tầng"),
            new UnitRow("P-LDTBXH", "Phòng Lao động – Thương binh và Xã hội"),
            new UnitRow("P-NV", "Phòng Nội vụ"),
            new UnitRow("P-TCKH", "Phòng Tài chính – Kế hoạch"),
            new UnitRow("P-TNMT", "Phòng Tài nguyên và Môi trường"),
            new UnitRow("P-TP", "Phòng Tư pháp"),
            new UnitRow("P-VHTT", "Phòng Văn hóa và Thông tin"),
            new UnitRow("CN-VPDKDD", "Chi nhánh Văn phòng đăng ký đất đai"),
            new UnitRow("CCT", "Chi cục Thuế khu vực Lương Tài"));

    static final List<UnitRow> COMMUNES = List.of(
            new UnitRow("X-THUA", "UBND thị trấn Thứa"),
            new UnitRow("X-ANTHINH", "UBND xã An Thịnh"),
            new UnitRow("X-BINHDINH", "UBND xã Bình Định"),
            new UnitRow("X-LAIHA", "UBND xã Lai Hạ"),
            new UnitRow("X-LAMTHAO", "UBND xã Lâm Thao"),
            new UnitRow("X-MINHTAN", "UBND xã Minh Tân"),
            new UnitRow("X-MYHUONG", "UBND xã Mỹ Hương"),
            new UnitRow("X-PHUHOA", "UBND xã Phú Hòa"),
            new UnitRow("X-PHULUONG", "UBND xã Phú Lương"),
            new UnitRow("X-QUANGPHU", "UBND xã Quảng Phú"),
            new UnitRow("X-TANLANG", "UBND xã Tân Lãng"),
            new UnitRow("X-TRUNGCHINH", "UBND xã Trung Chính"),
            new UnitRow("X-TRUNGKENH", "UBND xã Trung Kênh"),
            new UnitRow("X-TRUNGXA", "UBND xã Trùng Xá"));

    static final List<FieldRow> FIELDS = List.of(
            new FieldRow("BTXH", "Bảo trợ xã hội"),
            new FieldRow("CT", "Chứng thực"),
            new FieldRow("HT", "Hộ tịch"),
            new FieldRow("NCC", "Người có công"),
            new FieldRow("DD", "Đất đai"),
            new FieldRow("DKKD", "Đăng ký kinh doanh"));

    static final List<ProcedureRow> PROCEDURES = List.of(
            new ProcedureRow("CT-01", "Thủ tục chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở", "CT", "P-TP", OnlineLevel.PARTLY, 2, 50_000, false),
            new ProcedureRow("HT-01", "Thủ tục đăng ký khai sinh", "HT", "P-TP", OnlineLevel.PARTLY, 1, 0, false),
            new ProcedureRow("HT-02", "Thủ tục đăng ký khai tử", "HT", "P-TP", OnlineLevel.PARTLY, 1, 0, false),
            new ProcedureRow("HT-03", "Thủ tục đăng ký nhận cha, mẹ, con", "HT", "P-TP", OnlineLevel.PARTLY, 3, 0, false),
            new ProcedureRow("BTXH-01", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng", "BTXH", "P-LDTBXH", OnlineLevel.PARTLY, 20, 0, false),
            new ProcedureRow("HT-04", "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "HT", "P-TP", OnlineLevel.FULLY, 5, 0, false),
            new ProcedureRow("CT-02", "Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận", "CT", "P-TP", OnlineLevel.PARTLY, 0, 2_000, true),
            new ProcedureRow("HT-05", "Thay đổi, cải chính, bổ sung thông tin hộ tịch", "HT", "P-TP", OnlineLevel.PARTLY, 3, 15_000, false),
            new ProcedureRow("HT-06", "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân", "HT", "P-TP", OnlineLevel.FULLY, 3, 0, false),
            new ProcedureRow("HT-07", "Thủ tục đăng ký lại khai sinh", "HT", "P-TP", OnlineLevel.PARTLY, 5, 0, false),
            new ProcedureRow("NCC-01", "Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần", "NCC", "P-LDTBXH", OnlineLevel.PARTLY, 12, 0, false),
            new ProcedureRow("CT-03", "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản", "CT", "P-TP", OnlineLevel.PARTLY, 0, 10_000, true),
            new ProcedureRow("HT-08", "Thủ tục cấp bản sao Trích lục hộ tịch", "HT", "P-TP", OnlineLevel.FULLY, 1, 8_000, true),
            new ProcedureRow("HT-09", "Thủ tục đăng ký kết hôn", "HT", "P-TP", OnlineLevel.PARTLY, 1, 0, false),
            new ProcedureRow("DD-01", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "DD", "CN-VPDKDD", OnlineLevel.PARTLY, 10, 53_366_000, false),
            new ProcedureRow("DKKD-01", "Đăng ký thành lập hộ kinh doanh", "DKKD", "P-TCKH", OnlineLevel.FULLY, 3, 100_000, false));

    /** The hall's six counters; certified copies, the busiest field, have two (the Ba Vì 2024 report: counters by field). */
    static final List<CounterRow> COUNTERS = List.of(
            new CounterRow("Q1", "Quầy 1", List.of("CT")),
            new CounterRow("Q2", "Quầy 2", List.of("CT", "HT")),
            new CounterRow("Q3", "Quầy 3", List.of("HT")),
            new CounterRow("Q4", "Quầy 4", List.of("DD")),
            new CounterRow("Q5", "Quầy 5", List.of("DD", "DKKD")),
            new CounterRow("Q6", "Quầy 6", List.of("BTXH", "NCC")));

    /** Field code → how often citizens come to ask without handing in a dossier. */
    static final Map<String, Integer> ENQUIRIES = Map.of("CT", 30, "HT", 28, "DD", 18, "BTXH", 10, "NCC", 5,
            "DKKD", 9);

    /** Field code → minutes a dossier takes at the counter, {min, max}. */
    static final Map<String, int[]> SERVICE_MINUTES = Map.of("CT", new int[] {5, 12}, "HT", new int[] {8, 18},
            "DD", new int[] {15, 30}, "DKKD", new int[] {10, 20}, "BTXH", new int[] {10, 20}, "NCC", new int[] {10, 20});

    private DemoCatalog() {
    }
}
