package no.samskap.contract.notifications;

import java.time.Instant;

/**
 * {@code person-notified} v1: a service tells a person that something happened to a thing of theirs or one they
 * follow. {@code notificationId} is unique across services (a UUID the notifier draws); {@code service} is who
 * tells (such as {@code proposals}); {@code kind} is that service's word for what happened (such as
 * {@code answered}), and {@code note} a short detail it may add, often empty.
 */
public record PersonNotified(String personId, String notificationId, String service, NotificationSubject subject,
                             String kind, String note, Instant notifiedAt) {
}
