package no.samskap.gateway.shell.writes;

import io.micronaut.http.HttpRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Idempotency-Key of a page's form post, derived from what was posted where: a double click or a reload sends
 * the same fields (with the same CSRF token) to the same path, so the service answers the second with what the first
 * made. A page works without JavaScript, so the key cannot be drawn in the browser.
 */
public final class FormRetries {

    private FormRetries() {
    }

    public static String keyOf(HttpRequest<?> request, String formBody) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                .digest((request.getPath() + "\n" + formBody).getBytes(StandardCharsets.UTF_8));
            return "form-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
