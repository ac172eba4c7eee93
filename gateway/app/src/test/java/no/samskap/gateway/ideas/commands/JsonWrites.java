package no.samskap.gateway.ideas.commands;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Writes as the gateway's own pages send them: JSON, with the browser's sign-in cookies if it has any. */
final class JsonWrites {

    private final GatewayUnderTest gateway;

    JsonWrites(GatewayUnderTest gateway) {
        this.gateway = gateway;
    }

    HttpResponse<String> as(Person person, String method, String path, String body) {
        return withCookies(cookiesOf(person, accessTokenOf(person)), method, path, body);
    }

    HttpResponse<String> anonymously(String method, String path, String body) {
        return withCookies("", method, path, body);
    }

    HttpResponse<String> withCookies(String cookies, String method, String path, String body) {
        return withCookies(cookies, method, path, body, Map.of());
    }

    HttpResponse<String> withCookies(String cookies, String method, String path, String body,
                                     Map<String, String> headers) {
        var request = gateway.request(path)
            .header("Content-Type", "application/json")
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        headers.forEach(request::header);
        return gateway.send(request.build());
    }

    String accessTokenOf(Person person) {
        return gateway.identityProvider().accessToken(person, Duration.ofMinutes(5));
    }

    String cookiesOf(Person person, String accessToken) {
        return "samskap_id=" + gateway.identityProvider().idToken(person, Duration.ofMinutes(5))
            + "; samskap_access=" + accessToken;
    }
}
