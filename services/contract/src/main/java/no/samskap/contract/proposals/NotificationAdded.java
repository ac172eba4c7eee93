package no.samskap.contract.proposals;

import java.time.Instant;

/**
 * {@code notification-added} v1: something happened to an idea the person follows. Keyed by the person
 * ({@code personId}, their subject), so their feed stays in order. {@code notificationId} is the proposals
 * service's own id of the entry and grows with every entry; {@code kind} is the idea's new status, {@code answered},
 * or for the author alone {@code rejected}, {@code hidden} or {@code restored}; {@code note} is a respond-by date or
 * the start of an answer, often empty.
 */
public record NotificationAdded(String personId, long notificationId, String ideaId, String ideaTitle, String kind,
                                String note, Instant addedAt) {
}
