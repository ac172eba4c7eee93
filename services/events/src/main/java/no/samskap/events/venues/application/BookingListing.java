package no.samskap.events.venues.application;

import no.samskap.events.venues.domain.Booking;

import java.util.List;
import java.util.UUID;

/**
 * A booking as staff and the association see it: with the venue's and holder's names, the other pending
 * applications it collides with, and the approved bookings that would make its approval fail.
 */
public record BookingListing(Booking booking, String venueName, String associationName, String eventTitle,
                             List<UUID> collidesWith, List<UUID> clashesWith) {

    public BookingListing {
        collidesWith = List.copyOf(collidesWith);
        clashesWith = List.copyOf(clashesWith);
    }
}
