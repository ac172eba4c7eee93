package no.samskap.events.registrations.application;

import jakarta.inject.Singleton;
import no.samskap.events.events.domain.Event;
import no.samskap.events.registrations.domain.RegistrationEvent;
import no.samskap.events.registrations.domain.Registrations;

import java.util.List;

/**
 * Stores what a seat decision changed and announces it: every change as a message, and each promoted person on
 * their feed. The caller holds the event's row lock and the transaction.
 */
@Singleton
class SeatChanges {

    private final Registrations registrations;
    private final RegistrationMessages messages;
    private final RegistrantNotices notices;

    SeatChanges(Registrations registrations, RegistrationMessages messages, RegistrantNotices notices) {
        this.registrations = registrations;
        this.messages = messages;
        this.notices = notices;
    }

    void added(RegistrationEvent change) {
        registrations.add(change.registration());
        messages.publish(change);
    }

    void changed(Event event, List<RegistrationEvent> changes) {
        changes.forEach(change -> {
            registrations.update(change.registration());
            messages.publish(change);
            if (change instanceof RegistrationEvent.Promoted) {
                notices.promoted(event, change.registration(), change.occurredAt());
            }
        });
    }
}
