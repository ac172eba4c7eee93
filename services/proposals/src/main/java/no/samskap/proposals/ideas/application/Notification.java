package no.samskap.proposals.ideas.application;

import java.time.Instant;
import java.util.UUID;

/** One entry of a person's feed: something happened to an idea they follow. {@code readAt} is null while unread. */
public record Notification(long id, String personId, UUID ideaId, String ideaTitle, String kind, String note,
                           Instant createdAt, Instant readAt) {
}
