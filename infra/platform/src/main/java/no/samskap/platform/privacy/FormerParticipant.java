package no.samskap.platform.privacy;

import java.util.UUID;

/**
 * The author of content that stays public after its author erased their account: a pseudonym per erased row, so
 * rules like "one feedback per person and event" still hold, and nothing links two rows to one person.
 */
public final class FormerParticipant {

    public static final String PREFIX = "former-participant:";

    private FormerParticipant() {
    }

    public static String newPseudonym() {
        return PREFIX + UUID.randomUUID();
    }

    public static boolean is(String subjectId) {
        return subjectId != null && subjectId.startsWith(PREFIX);
    }
}
