package no.samskap.events.venues.application;

import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.venues.domain.BookingStatus;

import java.util.List;
import java.util.UUID;

/**
 * Bookings as lists show them. Children's and young people's activities come first, then the oldest application,
 * so that of two colliding applications staff see the one with priority first.
 */
public interface BookingListings {

    /** Each criterion that is null (or an empty status list) does not narrow the list. */
    List<BookingListing> find(MunicipalityNumber municipality, UUID associationId, UUID bookingId, UUID venueId,
                              List<BookingStatus> statuses);
}
