package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The login page as a browser gets it over HTTP: its session cookie and the CSRF token Vaadin writes into the page's
 * {@code <meta name="_csrf">}, which the login form posts back.
 */
record LoginPage(String session, String tokenParameter, String token, String html) {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    static LoginPage open(RestTestClient client) {
        return open(client, "/login");
    }

    static LoginPage open(RestTestClient client, String uri) {
        EntityExchangeResult<String> result = client.get().uri(uri).exchange().expectStatus().isOk()
                .returnResult(String.class);
        String html = result.getResponseBody();
        String parameter = null;
        String token = null;
        Matcher m = META.matcher(html);
        while (m.find()) {
            if (m.group(1).equals("_csrf")) {
                token = m.group(2);
            } else {
                parameter = m.group(2);
            }
        }
        assertThat(token).as("CSRF token in the login page").isNotNull();
        assertThat(result.getResponseCookies().getFirst("JSESSIONID")).as("session cookie").isNotNull();
        return new LoginPage(result.getResponseCookies().getFirst("JSESSIONID").getValue(), parameter, token, html);
    }
}
