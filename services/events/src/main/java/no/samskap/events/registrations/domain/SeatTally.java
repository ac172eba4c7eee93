package no.samskap.events.registrations.domain;

import java.time.Instant;

/**
 * An event's seats as counts: enough to admit a newcomer, who is confirmed when their party fits in the free seats and
 * otherwise joins the end of the waitlist, so nobody waiting needs to be read for it. {@code capacity} is null when
 * unlimited.
 */
public record SeatTally(Integer capacity, int confirmed, int partiesWaiting, int placesWaiting) {

    public RegistrationEvent admit(Registration registration, Instant at) {
        if (capacity == null || confirmed + registration.places() <= capacity) {
            return new RegistrationEvent.Confirmed(registration.with(RegistrationStatus.CONFIRMED),
                new SeatCount(confirmed + registration.places(), placesWaiting, capacity), at);
        }
        return new RegistrationEvent.Waitlisted(registration.with(RegistrationStatus.WAITING), partiesWaiting + 1,
            new SeatCount(confirmed, placesWaiting + registration.places(), capacity), at);
    }

    /** The tally once the change {@link #admit} gave is made: a group of registrations reads the tally once. */
    public SeatTally after(RegistrationEvent admitted) {
        var places = admitted.registration().places();
        return admitted instanceof RegistrationEvent.Waitlisted
            ? new SeatTally(capacity, confirmed, partiesWaiting + 1, placesWaiting + places)
            : new SeatTally(capacity, confirmed + places, partiesWaiting, placesWaiting);
    }

    public SeatCount seats() {
        return new SeatCount(confirmed, placesWaiting, capacity);
    }
}
