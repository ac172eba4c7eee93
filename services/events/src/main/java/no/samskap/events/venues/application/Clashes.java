package no.samskap.events.venues.application;

import jakarta.inject.Singleton;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.venues.domain.Booking;
import no.samskap.events.venues.domain.Bookings;
import no.samskap.events.venues.domain.Clash;
import no.samskap.events.venues.domain.Schedule;

import java.time.format.DateTimeFormatter;

/** Refuses a booking that would take the room while an approved booking holds it, naming that booking. */
@Singleton
class Clashes {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
        .withZone(Schedule.OSLO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Schedule.OSLO);

    private final Bookings bookings;

    Clashes(Bookings bookings) {
        this.bookings = bookings;
    }

    void refuse(Booking booking, String field) {
        bookings.clashWith(booking).ifPresent(clash -> {
            throw Refusal.conflict(field, describe(clash));
        });
    }

    static String describe(Clash clash) {
        return "the room is already booked " + DAY_AND_TIME.format(clash.occurrence().startsAt()) + "–"
            + TIME.format(clash.occurrence().endsAt()) + " (Norwegian time) by " + clash.holderName()
            + " (booking " + clash.bookingId() + ")";
    }
}
