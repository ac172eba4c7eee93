package no.samskap.events.venues.application;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.events.events.application.Partners;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.venues.domain.Booking;
import no.samskap.events.venues.domain.BookingStatus;
import no.samskap.events.venues.domain.Bookings;
import no.samskap.events.venues.domain.Venues;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Lending rooms: an admin of a verified association applies for a lent venue; the staff of its municipality
 * approve or decline; either cancels. The venue's row is locked while a booking is approved, and the database
 * refuses overlapping occurrences besides, so two bookings never take the room at once.
 */
@Singleton
public class RoomBookings {

    private final Bookings bookings;
    private final BookingListings listings;
    private final Venues venues;
    private final Partners partners;
    private final Clashes clashes;
    private final VenueMessages messages;
    private final BookingNotices notices;
    private final Clock clock;

    RoomBookings(Bookings bookings, BookingListings listings, Venues venues, Partners partners,
                 Clashes clashes, VenueMessages messages, BookingNotices notices, Clock clock) {
        this.bookings = bookings;
        this.listings = listings;
        this.venues = venues;
        this.partners = partners;
        this.clashes = clashes;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public BookingListing apply(SignedInPerson person, ApplyForRoom command) {
        var association = Ids.read("associationId", command.associationId());
        if (!partners.isAdmin(association, person.subject())) {
            throw Refusal.forbidden("only an admin of the association may apply for a room on its behalf");
        }
        var venue = venues.find(Ids.read("venueId", command.venueId()))
            .filter(found -> found.description().lent()).orElseThrow(() -> Refusal.unprocessable("venueId",
                "must be a venue whose rooms the municipality lends to associations"));
        if (!partners.isVerifiedIn(association, venue.municipality())) {
            throw Refusal.unprocessable("associationId", "the association must be verified by the staff of the "
                + "venue's municipality");
        }
        var schedule = BookingTimes.read(command);
        var applied = Booking.apply(UUID.randomUUID(), venue.id(), venue.municipality(), association,
            command.purpose(), Boolean.TRUE.equals(command.childrenAndYouth()), schedule, person.subject(),
            clock.instant()).booking();
        bookings.add(applied);
        clashes.refuse(applied, schedule.timesField());
        messages.requested(applied);
        return listing(applied.id());
    }

    @Transactional
    public BookingListing approve(SignedInPerson person, String bookingId, String reason) {
        var booking = lockedForStaff(person, bookingId);
        bookings.lockVenue(booking.venueId());
        var approved = booking.approve(reason, person.subject(), clock.instant());
        clashes.refuse(approved.booking(), booking.schedule().timesField());
        bookings.update(approved.booking());
        messages.booked(approved.booking(), approved.occurredAt());
        var listing = listing(booking.id());
        notices.tell(approved.booking(), listing.venueName(), "approved", approved.booking().decisionReason(),
            person.subject(), approved.occurredAt());
        return listing;
    }

    @Transactional
    public BookingListing decline(SignedInPerson person, String bookingId, String reason) {
        var booking = lockedForStaff(person, bookingId);
        var declined = booking.decline(reason, person.subject(), clock.instant());
        bookings.update(declined.booking());
        messages.declined(declined.booking(), declined.occurredAt());
        var listing = listing(booking.id());
        notices.tell(declined.booking(), listing.venueName(), "declined", declined.reason(), person.subject(),
            declined.occurredAt());
        return listing;
    }

    @Transactional
    public BookingListing cancel(SignedInPerson person, String bookingId, String reason) {
        var booking = locked(bookingId, person);
        if (booking.holder().isEvent()) {
            throw Refusal.conflict("eventId", "an event's booking follows the event: cancel the event or change "
                + "its venue or times");
        }
        var cancelled = booking.cancel(reason, person.subject(), clock.instant());
        bookings.update(cancelled.booking());
        messages.cancelled(cancelled.booking(), cancelled.reason(), cancelled.occurredAt());
        var listing = listing(booking.id());
        notices.tell(cancelled.booking(), listing.venueName(), "cancelled", cancelled.reason(), person.subject(),
            cancelled.occurredAt());
        return listing;
    }

    /** The booking if the person is staff of its municipality or an admin of its association; 404 otherwise. */
    @ReadOnly
    public BookingListing visible(SignedInPerson person, String bookingId) {
        var listing = Ids.parse(bookingId).flatMap(id -> listings.find(null, null, id, null, List.of()).stream()
            .findFirst()).orElseThrow(() -> Refusal.notFound("no booking " + bookingId));
        if (!mayFollow(person, listing.booking())) {
            throw Refusal.notFound("no booking " + bookingId);
        }
        return listing;
    }

    /**
     * Staff see their municipality's bookings; an association's admins see the association's. With no association
     * named, the person must be staff.
     */
    @ReadOnly
    public List<BookingListing> list(SignedInPerson person, String associationId, String venueId,
                                     List<String> statuses) {
        var wanted = statuses.stream().map(code -> BookingStatus.fromCode(code).orElseThrow(() ->
            Refusal.invalid("status", "must be pending, approved, declined or cancelled"))).toList();
        var venue = venueId == null || venueId.isBlank() ? null : Ids.read("venueId", venueId);
        var municipality = new MunicipalityNumber(person.municipality());
        if (associationId == null || associationId.isBlank()) {
            if (!person.isStaffOf(municipality.value())) {
                throw Refusal.forbidden("only the municipality's staff see all its bookings; name your association");
            }
            return listings.find(municipality, null, null, venue, wanted);
        }
        var association = Ids.read("associationId", associationId);
        if (partners.isAdmin(association, person.subject())) {
            return listings.find(null, association, null, venue, wanted);
        }
        if (person.isStaffOf(municipality.value()) && partners.isVerifiedIn(association, municipality)) {
            return listings.find(municipality, association, null, venue, wanted);
        }
        throw Refusal.forbidden("only the association's admins and the municipality's staff see its bookings");
    }

    private Booking lockedForStaff(SignedInPerson person, String bookingId) {
        var booking = locked(bookingId, person);
        if (!person.isStaffOf(booking.municipality().value())) {
            throw Refusal.forbidden("only the staff of the venue's municipality decide on applications");
        }
        return booking;
    }

    private Booking locked(String bookingId, SignedInPerson person) {
        return Ids.parse(bookingId).flatMap(bookings::findForUpdate)
            .filter(found -> mayFollow(person, found))
            .orElseThrow(() -> Refusal.notFound("no booking " + bookingId));
    }

    private boolean mayFollow(SignedInPerson person, Booking booking) {
        return person.isStaffOf(booking.municipality().value()) || !booking.holder().isEvent()
            && partners.isAdmin(booking.holder().associationId(), person.subject());
    }

    private BookingListing listing(UUID bookingId) {
        return listings.find(null, null, bookingId, null, List.of()).get(0);
    }
}
