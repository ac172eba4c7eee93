package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Forms sent as a browser sends them: form-urlencoded, with the person's sign-in cookies and the CSRF pair. */
public final class FormPosts {

    public static final String CSRF = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";

    private final GatewayUnderTest gateway;

    public FormPosts(GatewayUnderTest gateway) {
        this.gateway = gateway;
    }

    public HttpResponse<String> post(Person person, String path, String form) {
        return send(cookiesOf(person) + "; samskap_csrf=" + CSRF, path, form + "&_csrf=" + CSRF);
    }

    HttpResponse<String> postWithoutCsrf(Person person, String path, String form) {
        return send(cookiesOf(person), path, form);
    }

    public HttpResponse<String> get(Person person, String path) {
        return gateway.get(path, Map.of("Cookie", cookiesOf(person) + "; samskap_csrf=" + CSRF));
    }

    public String cookiesOf(Person person) {
        var provider = gateway.identityProvider();
        return "samskap_id=" + provider.idToken(person, Duration.ofMinutes(5))
            + "; samskap_access=" + provider.accessToken(person, Duration.ofMinutes(5));
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
            .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(String cookies, String path, String body) {
        return gateway.send(gateway.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookies)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
    }
}
