package no.samskap.events.registrations.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.registrations.application.Standing;
import no.samskap.events.registrations.domain.AccessibilityNeeds;
import no.samskap.events.registrations.domain.SeatCount;

import java.time.Instant;
import java.util.List;

/** Registrations as the API shows them: to the person themselves, to the organisers, and seats to anyone. */
final class RegistrationViews {

    private RegistrationViews() {
    }

    /** The person's own registration; {@code position} is their place on the waitlist (1 is next), else null. */
    @Serdeable
    record Mine(String id, String eventId, String eventTitle, Instant eventStartsAt, String eventStatus,
                String status, @Nullable Integer position, int companions, int places, Needs accessibilityNeeds,
                Instant registeredAt, boolean checkedIn) {

        static Mine of(Standing standing) {
            var registration = standing.registration();
            var event = standing.event();
            return new Mine(registration.id().toString(), event.id().toString(), event.description().title(),
                event.description().startsAt(), event.status().code(), registration.status().code(),
                standing.position(), registration.party().companions(), registration.places(),
                Needs.of(registration.needs()), registration.registeredAt(), registration.isCheckedIn());
        }
    }

    /** A registration on the organisers' list, with the person's name as they signed in and their needs. */
    @Serdeable
    record Attendee(String id, String personId, @Nullable String displayName, String status,
                    @Nullable Integer position, int companions, int places, Needs accessibilityNeeds,
                    Instant registeredAt, @Nullable Instant checkedInAt) {

        static Attendee of(Standing standing) {
            var registration = standing.registration();
            return new Attendee(registration.id().toString(), registration.personId(), registration.displayName(),
                registration.status().code(), standing.position(), registration.party().companions(),
                registration.places(), Needs.of(registration.needs()), registration.registeredAt(),
                registration.checkedInAt());
        }
    }

    @Serdeable
    record Roster(SeatsView seats, List<Attendee> registrations) {
    }

    @Serdeable
    record Needs(List<String> codes, String note) {

        static Needs of(AccessibilityNeeds needs) {
            return new Needs(needs.codes(), needs.note());
        }
    }

    /** {@code capacity} and {@code free} are null when the event is unlimited. */
    @Serdeable
    record SeatsView(int confirmed, int waiting, @Nullable Integer capacity, @Nullable Integer free) {

        static SeatsView of(SeatCount seats) {
            return new SeatsView(seats.confirmed(), seats.waiting(), seats.capacity(), seats.free());
        }
    }
}
