package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident's idea for the culture offer. Methods decide and return what happened; saving the idea and
 * publishing the events is the application layer's job.
 */
public record Idea(IdeaId id, Municipality municipality, String authorId, String title, String body,
                   ServiceArea serviceArea, IdeaStatus status, Instant submittedAt, Long version) {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 5000;

    public record Submitted(Idea idea, IdeaEvent.IdeaSubmitted domainEvent) {
    }

    public static Submitted submit(IdeaId id, Municipality municipality, String authorId, String title, String body,
                                   String serviceAreaCode, Instant now, UUID eventId) {
        var cleanTitle = requireLength("title", title == null ? "" : title.strip(), TITLE_MIN, TITLE_MAX);
        var cleanBody = requireLength("body", body == null ? "" : body.strip(), 1, BODY_MAX);
        var serviceArea = ServiceArea.fromCode(serviceAreaCode).orElseThrow(() -> new InvalidIdeaException(
            "serviceArea", "unknown service area '" + serviceAreaCode + "'"));
        var idea = new Idea(id, municipality, authorId, cleanTitle, cleanBody, serviceArea, IdeaStatus.SUBMITTED, now, null);
        return new Submitted(idea, new IdeaEvent.IdeaSubmitted(eventId, now, id, municipality, authorId, cleanTitle,
            cleanBody, serviceArea));
    }

    private static String requireLength(String field, String text, int min, int max) {
        var length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            throw new InvalidIdeaException(field, "must be between " + min + " and " + max + " characters, was " + length);
        }
        return text;
    }
}
