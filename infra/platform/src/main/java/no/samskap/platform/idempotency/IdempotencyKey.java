package no.samskap.platform.idempotency;

import io.micronaut.core.annotation.Nullable;
import no.samskap.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A client's promise that two requests with the same key are the same request (the IETF draft "The Idempotency-Key
 * HTTP Header Field"). A key belongs to the person who sent it and to one kind of write, so nobody can answer another
 * person's retry. {@code fingerprint} is a digest of what the request asked for, to tell a retry from a different
 * request under a reused key.
 */
public record IdempotencyKey(String personId, String operation, String key, String fingerprint) {

    public static final String HEADER = "Idempotency-Key";
    static final int LONGEST = 255;

    /**
     * The key the client sent, if any, for a write described by {@code request}: its text decides the fingerprint,
     * so requests that ask for the same thing in differently written JSON are the same request.
     */
    public static Optional<IdempotencyKey> of(@Nullable String header, String personId, String operation,
                                              Object request) {
        if (header == null) {
            return Optional.empty();
        }
        var key = header.strip();
        if (key.startsWith("\"") && key.endsWith("\"") && key.length() > 1) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > LONGEST || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw ProblemException.invalidField(HEADER, "must be 1 to " + LONGEST + " visible ASCII characters");
        }
        return Optional.of(new IdempotencyKey(personId, operation, key, digest(request.toString())));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
