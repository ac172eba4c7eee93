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

    private static final int LONGEST_PERSON_ID = 255;
    private static final int LONGEST_NAME = 200;

    /** A registration not yet placed: the event's {@link SeatPlan} confirms it or puts it on the waitlist. */
    public static Registration unplaced(RegistrationId id, EventId eventId, MunicipalityNumber municipality,
                                        String personId, String displayName, Party party, AccessibilityNeeds needs,
                                        Instant at) {
        return new Registration(id, eventId, municipality, personId, displayName, party, needs,
            RegistrationStatus.WAITING, at, null, null);
    }

    /**
     * Someone the organisers let in without a registration, with the companions they came with: confirmed and checked
     * in at once. The person is named by their subject id, as on the attendance topic, and by the name they gave.
     */
    public static Registration walkIn(RegistrationId id, EventId eventId, MunicipalityNumber municipality,
                                      String personId, String displayName, Party party, String by, Instant at) {
        if (personId == null || personId.isBlank() || personId.length() > LONGEST_PERSON_ID) {
            throw Refusal.invalid("personId", "must name the person who came (their id), at most "
                + LONGEST_PERSON_ID + " characters");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > LONGEST_NAME) {
            throw Refusal.invalid("displayName", "must give the name of the person who came, at most " + LONGEST_NAME
                + " characters");
        }
        return new Registration(id, eventId, municipality, personId.strip(), displayName.strip(), party,
            AccessibilityNeeds.NONE, RegistrationStatus.CONFIRMED, at, at, by);
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
