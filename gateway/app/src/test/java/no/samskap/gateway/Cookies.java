package no.samskap.gateway;

import java.net.http.HttpResponse;
import java.util.Optional;

/** Reads what a response told the browser to do with its cookies. */
public final class Cookies {

    private Cookies() {
    }

    /** The whole {@code Set-Cookie} header for the named cookie, attributes included. */
    public static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
            .filter(header -> header.startsWith(name + "="))
            .findFirst();
    }

    public static Optional<String> value(HttpResponse<?> response, String name) {
        return setCookie(response, name).map(header -> header.substring(name.length() + 1).split(";", 2)[0]);
    }

    public static boolean expires(HttpResponse<?> response, String name) {
        return setCookie(response, name).map(header -> header.contains("Max-Age=0")).orElse(false);
    }
}
