package vn.hcc.dashboard.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the API's JSON refusals where no controller answers (the key filter, Spring Security, a bare status). */
@Component
class ApiResponses {

    private final JsonMapper json;
    private final ApiMessages messages;

    ApiResponses(JsonMapper json, ApiMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    void write(HttpServletResponse response, int status, String key, Object... args) throws IOException {
        write(response, status, ApiErrors.of(messages.get(key, args)));
    }

    void write(HttpServletResponse response, int status, ApiErrors errors) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(errors));
        response.flushBuffer();
    }
}
