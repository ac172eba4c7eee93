package no.samskap.events.registrations.application;

import jakarta.inject.Singleton;
import no.samskap.events.events.domain.Event;
import no.samskap.events.registrations.domain.Registration;
import no.samskap.events.registrations.domain.RegistrationEvent;
import no.samskap.events.registrations.domain.Registrations;

import java.util.List;

/**
 * Stores what a seat decision or a check-in changed and announces it: every seat change as a message, who took or
 * gave up seats and who came on the attendance topic, and each promoted person on their feed. The caller holds the
 * event's row lock and the transaction.
 */
@Singleton
class SeatChanges {

    private final Registrations registrations;
    private final RegistrationMessages messages;
    private final AttendanceMessages attendance;
    private final RegistrantNotices notices;

    SeatChanges(Registrations registrations, RegistrationMessages messages, AttendanceMessages attendance,
                RegistrantNotices notices) {
        this.registrations = registrations;
        this.messages = messages;
        this.attendance = attendance;
        this.notices = notices;
    }

    void added(RegistrationEvent change) {
        registrations.add(change.registration());
        announce(change);
    }

    void changed(Event event, List<RegistrationEvent> changes) {
        store(event, changes, null);
    }

    /**
     * As {@link #changed}, for the seats an erased person gave up, except that the attendance topic is not told they
     * left: a message naming them after their erasure would write them back wherever it is applied after the
     * erasure. Those services forget the person's attendance on the erasure itself (ADR 0047).
     */
    void releasedByErasure(Event event, List<RegistrationEvent> changes, String erasedPerson) {
        store(event, changes, erasedPerson);
    }

    /** Stores and announces each change; {@code erasedPerson}, when not null, is named in no attendance message. */
    private void store(Event event, List<RegistrationEvent> changes, String erasedPerson) {
        changes.forEach(change -> {
            registrations.update(change.registration());
            if (erasedPerson != null && erasedPerson.equals(change.registration().personId())) {
                messages.publish(change);
                return;
            }
            announce(change);
            if (change instanceof RegistrationEvent.Promoted) {
                notices.promoted(event, change.registration(), change.occurredAt());
            }
        });
    }

    /** The registrant arrived: stored, and told to the attendance topic. */
    void checkedIn(Registration registration) {
        registrations.update(registration);
        attendance.checkedIn(registration);
    }

    /**
     * Someone came without a registration: stored, and told to the attendance topic as checked in. Registration was
     * closed when the event began, so no seat count is announced.
     */
    void walkedIn(Registration registration) {
        registrations.add(registration);
        attendance.checkedIn(registration);
    }

    private void announce(RegistrationEvent change) {
        messages.publish(change);
        if (change.tookSeats()) {
            attendance.seated(change.registration(), change.occurredAt());
        }
        if (change.gaveUpSeats()) {
            attendance.unseated(change.registration(), change.occurredAt());
        }
    }
}
