package no.samskap.contract.events;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;

/**
 * The messages the events service publishes. An event's own changes, its registrations and its shifts all travel
 * keyed by the event's id, each on its topic, so a reader sees one event's seats and shifts in order. Registration
 * messages name no person; shift sign-ups and check-ins carry the volunteer's subject id only, for their record of
 * work. Accessibility needs and companions' details never leave the service.
 */
public final class EventsMessages {

    public static final AggregateType EVENT = new AggregateType("events", "event");
    public static final AggregateType REGISTRATION = new AggregateType("events", "registration");
    public static final AggregateType SHIFT = new AggregateType("events", "shift");
    /** Venues and their bookings, keyed by the venue's id. */
    public static final AggregateType VENUE = new AggregateType("events", "venue");
    /**
     * Who holds seats and who came, keyed by the event's id and naming the registrant by subject id: read by the
     * feedback service alone, to know who may give feedback on the event (ADR 0033).
     */
    public static final AggregateType ATTENDANCE = new AggregateType("events", "attendance");

    public static final MessageType<EventDrafted> EVENT_DRAFTED =
        new MessageType<>("event-drafted", 1, EVENT, EventDrafted.class);
    public static final MessageType<EventPublished> EVENT_PUBLISHED =
        new MessageType<>("event-published", 1, EVENT, EventPublished.class);
    public static final MessageType<EventUpdated> EVENT_UPDATED =
        new MessageType<>("event-updated", 1, EVENT, EventUpdated.class);
    public static final MessageType<EventCancelled> EVENT_CANCELLED =
        new MessageType<>("event-cancelled", 1, EVENT, EventCancelled.class);
    public static final MessageType<EventCompleted> EVENT_COMPLETED =
        new MessageType<>("event-completed", 1, EVENT, EventCompleted.class);

    public static final MessageType<RegistrationConfirmed> REGISTRATION_CONFIRMED =
        new MessageType<>("registration-confirmed", 1, REGISTRATION, RegistrationConfirmed.class);
    public static final MessageType<RegistrationWaitlisted> REGISTRATION_WAITLISTED =
        new MessageType<>("registration-waitlisted", 1, REGISTRATION, RegistrationWaitlisted.class);
    public static final MessageType<RegistrationPromoted> REGISTRATION_PROMOTED =
        new MessageType<>("registration-promoted", 1, REGISTRATION, RegistrationPromoted.class);
    public static final MessageType<RegistrationCancelled> REGISTRATION_CANCELLED =
        new MessageType<>("registration-cancelled", 1, REGISTRATION, RegistrationCancelled.class);

    public static final MessageType<ShiftCreated> SHIFT_CREATED =
        new MessageType<>("shift-created", 1, SHIFT, ShiftCreated.class);
    public static final MessageType<ShiftSignedUp> SHIFT_SIGNED_UP =
        new MessageType<>("shift-signed-up", 1, SHIFT, ShiftSignedUp.class);
    public static final MessageType<ShiftFilled> SHIFT_FILLED =
        new MessageType<>("shift-filled", 1, SHIFT, ShiftFilled.class);
    public static final MessageType<ShiftLeft> SHIFT_LEFT =
        new MessageType<>("shift-left", 1, SHIFT, ShiftLeft.class);
    public static final MessageType<ShiftCheckedIn> SHIFT_CHECKED_IN =
        new MessageType<>("shift-checked-in", 1, SHIFT, ShiftCheckedIn.class);

    public static final MessageType<VenueDescribed> VENUE_DESCRIBED =
        new MessageType<>("venue-described", 1, VENUE, VenueDescribed.class);
    public static final MessageType<RoomBookingRequested> ROOM_BOOKING_REQUESTED =
        new MessageType<>("room-booking-requested", 1, VENUE, RoomBookingRequested.class);
    public static final MessageType<RoomBookingDeclined> ROOM_BOOKING_DECLINED =
        new MessageType<>("room-booking-declined", 1, VENUE, RoomBookingDeclined.class);
    public static final MessageType<RoomBooked> ROOM_BOOKED =
        new MessageType<>("room-booked", 1, VENUE, RoomBooked.class);
    public static final MessageType<RoomBookingCancelled> ROOM_BOOKING_CANCELLED =
        new MessageType<>("room-booking-cancelled", 1, VENUE, RoomBookingCancelled.class);

    public static final MessageType<AttendeeRegistered> ATTENDEE_REGISTERED =
        new MessageType<>("attendee-registered", 1, ATTENDANCE, AttendeeRegistered.class);
    public static final MessageType<AttendeeUnregistered> ATTENDEE_UNREGISTERED =
        new MessageType<>("attendee-unregistered", 1, ATTENDANCE, AttendeeUnregistered.class);
    public static final MessageType<AttendeeCheckedIn> ATTENDEE_CHECKED_IN =
        new MessageType<>("attendee-checked-in", 1, ATTENDANCE, AttendeeCheckedIn.class);

    private EventsMessages() {
    }
}
