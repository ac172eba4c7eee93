package no.samskap.platform.notifications;

import no.samskap.contract.notifications.NotificationSubject;

import java.time.Instant;

/**
 * What a service tells one person: about which {@code subject}, what {@code kind} of thing happened (the service's
 * own word, which a wording in the gateway turns into a sentence), a short {@code note} (empty for none), and when.
 * {@code municipality} is the kommunenummer the envelope carries.
 */
public record Notice(String municipality, String personId, NotificationSubject subject, String kind, String note,
                     Instant at) {

    public Notice {
        if (personId == null || personId.isBlank()) {
            throw new IllegalArgumentException("A notice names the person it is for");
        }
        note = note == null ? "" : note;
    }
}
