package no.samskap.proposals.ideas.application;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/** Each person's collected feed of notifications, newest first. */
public interface Notifications {

    /** Returns the notifications added, one per person, with their ids. */
    List<Notification> add(List<String> personIds, UUID ideaId, String ideaTitle, String kind, String note, Instant now);

    /** The person's notifications older than {@code after} (all when empty), newest first. */
    List<Notification> page(String personId, OptionalLong after, int limit);

    int unreadCount(String personId);

    /** Returns how many were unread and are read now. */
    int markReadUpTo(String personId, long notificationId, Instant now);

    /** The id of the person's newest notification, if they have any. */
    OptionalLong newestId(String personId);
}
