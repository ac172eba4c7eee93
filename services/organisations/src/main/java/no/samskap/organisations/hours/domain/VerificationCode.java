package no.samskap.organisations.hours.domain;

import no.samskap.organisations.help.domain.FreeText;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * The code anyone can open a volunteer record with: 256 random bits, so it cannot be guessed. One is live per
 * volunteer at a time; issuing a new one or revoking it makes the old one open nothing.
 */
public record VerificationCode(String code, String volunteerId, String displayName, Instant issuedAt) {

    static final int DISPLAY_NAME_LENGTH = 200;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Whether the text has the shape of an issued code: 43 characters of URL-safe Base64. */
    public static boolean couldBe(String code) {
        return code != null && code.matches("[A-Za-z0-9_-]{43}");
    }

    public static VerificationCode issue(String volunteerId, String displayName, Instant now) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new VerificationCode(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), volunteerId,
            FreeText.required("displayName", displayName, DISPLAY_NAME_LENGTH),
            now);
    }
}
