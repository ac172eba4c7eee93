package no.samskap.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Signs a demo user in the way a browser does, through the gateway's code flow and Keycloak's login form, and returns
 * the gateway's sign-in cookies as one Cookie header: pages behind sign-in take no bearer token (ADR 0055).
 */
final class BrowserSignIn {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]+id=\"kc-form-login\"[^>]+action=\"([^\"]+)\"");
    private static final List<String> COOKIES = List.of("samskap_id", "samskap_access");

    private BrowserSignIn() {
    }

    static String cookieHeader(URI gateway, String path, String username) throws IOException, InterruptedException {
        var cookies = new LoopbackCookies();
        var http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.ALWAYS)
            .connectTimeout(Duration.ofSeconds(10)).build();
        var loginPage = http.send(HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
            .header("Accept", "text/html")
            .build(), HttpResponse.BodyHandlers.ofString());
        var form = LOGIN_FORM.matcher(loginPage.body());
        if (!form.find()) {
            throw new IllegalStateException(path + " led to no Keycloak login form but to " + loginPage.uri()
                + " (HTTP " + loginPage.statusCode() + ")");
        }
        var action = URI.create(form.group(1).replace("&amp;", "&"));
        var fields = "username=" + encode(username) + "&password=" + encode("demo-" + username) + "&credentialId=";
        var signedIn = http.send(HttpRequest.newBuilder(action).timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.discarding());
        var found = cookies.header(COOKIES);
        if (signedIn.statusCode() != 200 || !found.contains("samskap_id=")) {
            throw new IllegalStateException("Signing " + username + " in ended at " + signedIn.uri() + " (HTTP "
                + signedIn.statusCode() + ") without the gateway's sign-in cookies");
        }
        return found;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
