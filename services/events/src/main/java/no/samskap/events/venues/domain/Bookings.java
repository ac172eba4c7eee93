package no.samskap.events.venues.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Where bookings and their occurrences are kept. A booking's occurrences hold (take the room) exactly while it is
 * approved; the store refuses two holding occurrences that overlap at one venue.
 */
public interface Bookings {

    /** Stores a new booking with its occurrences, holding if it is approved. */
    void add(Booking booking);

    /** Stores the booking's new status; its occurrences hold when approved and are released otherwise. */
    void update(Booking booking);

    Optional<Booking> find(UUID id);

    Optional<Booking> findForUpdate(UUID id);

    /** Locks the venue's row, so bookings of one venue are decided one at a time. */
    void lockVenue(UUID venueId);

    /** An approved booking whose occurrence overlaps one of this booking's, if any. */
    Optional<Clash> clashWith(Booking booking);

    Optional<Booking> approvedForEvent(UUID eventId);
}
