package no.samskap.events.registrations.domain;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.domain.EventId;
import no.samskap.events.events.domain.Refusal;

import java.time.Instant;

/**
 * A person's registration for an event, for themselves and their companions. {@code displayName} is how the person
 * was named when they registered, for the organisers' list; {@code checkedInAt} is set once they arrived.
 */
public record Registration(RegistrationId id, EventId eventId, MunicipalityNumber municipality, String personId,
                           String displayName, Party party, AccessibilityNeeds needs, RegistrationStatus status,
                           Instant registeredAt, Instant checkedInAt, String checkedInBy) {

    /** A registration not yet placed: the event's {@link SeatPlan} confirms it or puts it on the waitlist. */
    public static Registration unplaced(RegistrationId id, EventId eventId, MunicipalityNumber municipality,
                                        String personId, String displayName, Party party, AccessibilityNeeds needs,
                                        Instant at) {
        return new Registration(id, eventId, municipality, personId, displayName, party, needs,
            RegistrationStatus.WAITING, at, null, null);
    }

    public int places() {
        return party.places();
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    /** Checked in by an organiser; a second check-in changes nothing. */
    public Registration checkIn(String by, Instant at) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw Refusal.conflict("status", "only a confirmed registration can be checked in; this one is "
                + status.code());
        }
        return isCheckedIn() ? this : new Registration(id, eventId, municipality, personId, displayName, party, needs,
            status, registeredAt, at, by);
    }

    Registration with(RegistrationStatus changed) {
        return new Registration(id, eventId, municipality, personId, displayName, party, needs, changed, registeredAt,
            checkedInAt, checkedInBy);
    }
}
