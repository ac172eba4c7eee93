package no.samskap.bench.http;

import java.net.CookieHandler;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A cookie jar for one sign-in on 127.0.0.1: keeps every cookie whatever its attributes and sends them all back.
 * Java's own CookieManager never sends a Secure cookie over plain HTTP, and Keycloak marks its session cookies so;
 * a browser treats 127.0.0.1 as a secure origin and sends them.
 */
final class LoopbackCookies extends CookieHandler {

    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        if (cookies.isEmpty()) {
            return Map.of();
        }
        return Map.of("Cookie", List.of(cookies.entrySet().stream()
            .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; "))));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(this::keep);
            }
        });
    }

    /** Keeps name=value of one Set-Cookie header; an empty value or Max-Age=0 removes the cookie. */
    void keep(String setCookie) {
        var pair = setCookie.split(";", 2)[0];
        var equals = pair.indexOf('=');
        if (equals <= 0) {
            return;
        }
        var name = pair.substring(0, equals).strip();
        var value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    String header(List<String> names) {
        return names.stream().filter(cookies::containsKey).map(name -> name + "=" + cookies.get(name))
            .collect(Collectors.joining("; "));
    }
}
