package no.samskap.proposals.ideas.domain;

import java.time.Instant;

/**
 * A municipality's admin stopped a person from taking part: their writes are refused and their ideas and comments
 * are hidden from the public while the block lasts. Blocks are personal data and are never published.
 */
public record Block(Municipality municipality, String subject, String reason, Actor blockedBy, Instant blockedAt) {

    public static final int REASON_MAX = 500;

    public static Block of(Municipality municipality, String subject, String reason, Actor admin, Instant now) {
        var cleanSubject = Texts.requireLength("subject", subject, 1, 200);
        if (cleanSubject.equals(admin.id())) {
            throw new InvalidIdeaException("subject", "must be someone else than you");
        }
        return new Block(municipality, cleanSubject, Texts.requireLength("reason", reason, 1, REASON_MAX), admin, now);
    }
}
