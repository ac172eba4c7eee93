package no.samskap.organisations.help.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A volunteer said they could help with a request; the requester is reminded once when nobody answers in time. */
public record Interest(UUID requestId, String volunteerId, Instant shownAt, Instant remindedAt) {

    public static final Duration ANSWER_WITHIN = Duration.ofDays(14);

    public static Interest shown(UUID requestId, String volunteerId, Instant now) {
        return new Interest(requestId, volunteerId, now, null);
    }

    /** The moment before which an unanswered interest is due for its reminder. */
    public static Instant unansweredIfShownBefore(Instant now) {
        return now.minus(ANSWER_WITHIN);
    }
}
