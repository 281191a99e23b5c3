package vn.hcc.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hcc.dashboard.importing.DossierImportService;
import vn.hcc.dashboard.importing.DossierItem;
import vn.hcc.dashboard.importing.DossierItems;
import vn.hcc.dashboard.importing.ItemError;
import vn.hcc.dashboard.importing.ItemsResult;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;

/**
 * Dossiers in and out. A POST is a file import without the file: the same checks and Vietnamese reasons (by item
 * index and field instead of row and column), all or nothing, upserted by dossier code, so sending the same items
 * again changes nothing. A key limited to some units writes and reads only their dossiers.
 */
@RestController
@RequestMapping(value = "/api/v1/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "dossiers", description = "Hồ sơ: gửi lên (theo mã hồ sơ, tất cả hoặc không) và đọc một hồ sơ")
class DossierApiController {

    private final DossierImportService imports;
    private final DossierItems items;
    private final DossierService dossiers;
    private final ApiMessages messages;
    private final int maxItems;

    DossierApiController(DossierImportService imports, DossierItems items, DossierService dossiers,
            ApiMessages messages, @Value("${app.api.max-items:1000}") int maxItems) {
        this.imports = imports;
        this.items = items;
        this.dossiers = dossiers;
        this.messages = messages;
        this.maxItems = maxItems;
    }

    /** What a successful POST did. */
    record Saved(long created, long updated, long unchanged) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Gửi hồ sơ (tạo mới hoặc cập nhật theo mã hồ sơ)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(array = @ArraySchema(schema = @Schema(implementation = DossierJson.class)))))
    @ApiResponse(responseCode = "200", description = "Đã lưu tất cả")
    @ApiResponse(responseCode = "422", description = "Có hồ sơ không hợp lệ: không hồ sơ nào được lưu",
            content = @Content(schema = @Schema(implementation = ApiErrors.class)))
    @ApiResponse(responseCode = "400", description = "Không phải JSON hợp lệ",
            content = @Content(schema = @Schema(implementation = ApiErrors.class)))
    @ApiResponse(responseCode = "413", description = "Quá nhiều hồ sơ hoặc nội dung quá lớn",
            content = @Content(schema = @Schema(implementation = ApiErrors.class)))
    ResponseEntity<?> save(@RequestBody List<Map<String, Object>> body, HttpServletRequest request) {
        ApiCaller caller = ApiCaller.current();
        if (!caller.canWrite()) {
            throw ApiRefusal.forbidden("api.error.no-write");
        }
        if (body.isEmpty()) {
            throw new ApiRefusal(400, null, "api.error.no-items");
        }
        if (body.size() > maxItems) {
            throw new ApiRefusal(413, null, "api.error.too-many-items", maxItems, body.size());
        }
        ItemsResult result = imports.importItems(body, allowedFor(caller));
        if (!result.succeeded()) {
            request.setAttribute(ApiKeyFilter.OUTCOME, "items=" + body.size() + " errors=" + result.errors().size());
            return ResponseEntity.unprocessableContent().body(new ApiErrors(result.errors().stream()
                    .map(this::error).toList()));
        }
        request.setAttribute(ApiKeyFilter.OUTCOME, "items=" + body.size() + " created=" + result.created()
                + " updated=" + result.updated() + " unchanged=" + result.unchanged());
        return ResponseEntity.ok(new Saved(result.created(), result.updated(), result.unchanged()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Đọc một hồ sơ theo mã hồ sơ")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DossierJson.class)))
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này (trong các đơn vị của khóa)",
            content = @Content(schema = @Schema(implementation = ApiErrors.class)))
    Map<String, Object> get(@PathVariable String code) {
        ApiCaller caller = ApiCaller.current();
        if (!caller.canRead()) {
            throw ApiRefusal.forbidden("api.error.no-read");
        }
        // another unit's dossier is "not found": a scoped key learns nothing of dossiers outside its units
        return items.find(code).filter(d -> caller.covers(d.unitId())).map(DossierItem::fields)
                .orElseThrow(() -> new ApiRefusal(404, "code", "api.error.dossier-not-found", code));
    }

    /**
     * A key limited to some units may write a dossier of one of them, and may not take over one of another unit by
     * sending its code.
     */
    private Predicate<DossierData> allowedFor(ApiCaller caller) {
        if (caller.unitIds().isEmpty()) {
            return d -> true;
        }
        return d -> caller.covers(d.unitId()) && dossiers.findByCode(d.code())
                .map(existing -> caller.covers(existing.data().unitId())).orElse(true);
    }

    private ApiErrors.Error error(ItemError e) {
        return new ApiErrors.Error(e.index(), e.field(), messages.get(e.messageKey(), e.argsArray()));
    }
}
