package vn.hcc.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.kpi.KpiService;

/**
 * The figures and KPIs of a period, all units or one, computed by the dashboard's own service (so the same
 * numbers). As on the dashboard a period ends by today at the latest: the figures describe the state at its last day.
 */
@RestController
@RequestMapping(value = "/api/v1/figures", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "figures", description = "Số liệu và chỉ số của một kỳ, như trên bảng điều hành")
class FiguresApiController {

    private final KpiService kpis;
    private final Clock clock;

    FiguresApiController(KpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Số liệu và chỉ số của kỳ [from, to] (yyyy-MM-dd), toàn trung tâm hoặc một đơn vị")
    FiguresJson figures(
            @Parameter(description = "Ngày đầu kỳ, yyyy-MM-dd", schema = @Schema(type = "string", format = "date"))
            @RequestParam String from,
            @Parameter(description = "Ngày cuối kỳ, yyyy-MM-dd", schema = @Schema(type = "string", format = "date"))
            @RequestParam String to,
            @Parameter(description = "Mã số (id) đơn vị; trống: tất cả (khóa giới hạn đơn vị phải chọn đơn vị)")
            @RequestParam(required = false) Long unit) {
        ApiCaller caller = ApiCaller.current();
        if (!caller.canRead()) {
            throw ApiRefusal.forbidden("api.error.no-read");
        }
        // the bounds arrive as text and become one Period here (no method takes two loose dates)
        Period asked = period(day("from", from), day("to", to));
        if (!caller.unitIds().isEmpty() && (unit == null || !caller.covers(unit))) {
            throw new ApiRefusal(403, "unit", "api.error.unit-scope");
        }
        return FiguresJson.of(kpis.kpis(asked.endingBy(LocalDate.now(clock)), unit));
    }

    private static Period period(LocalDate... bounds) {
        if (bounds[1].isBefore(bounds[0])) {
            throw new ApiRefusal(400, "to", "api.error.period");
        }
        return Period.of(bounds[0], bounds[1]);
    }

    private static LocalDate day(String parameter, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiRefusal(400, parameter, "api.error.bad-param");
        }
    }
}
