package vn.hcc.dashboard.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description springdoc serves at {@code /api/v3/api-docs} (only the {@code /api/v1} paths, see
 * application.properties): the two ways to present a key, required by every operation.
 */
@Configuration
class ApiDocsConfig {

    static final String BEARER = "bearer";
    static final String HEADER = "apiKey";

    @Bean
    OpenAPI dossierApi() {
        return new OpenAPI()
                .info(new Info().title("HCC Dashboard – API hồ sơ").version("v1")
                        .description("Hồ sơ từ phần mềm một cửa của tỉnh và số liệu của bảng điều hành. "
                                + "Mỗi lời gọi cần một khóa API do quản trị viên cấp."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer"))
                        .addSecuritySchemes(HEADER, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiKeyFilter.KEY_HEADER)))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(HEADER));
    }
}
