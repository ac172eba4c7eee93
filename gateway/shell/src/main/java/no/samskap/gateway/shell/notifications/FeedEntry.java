package no.samskap.gateway.shell.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One entry of a person's feed as a module's {@link NotificationWording} sees it: which service told, about what
 * ({@code subjectType} in that service's words, its id, title and page), what {@code kind} of thing happened and a
 * short {@code note} (empty for none). {@code readAt} is null while unread.
 */
@Serdeable
public record FeedEntry(String id, String service, String subjectType, String subjectId, String subjectTitle,
                        String linkPath, String kind, String note, Instant notifiedAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
