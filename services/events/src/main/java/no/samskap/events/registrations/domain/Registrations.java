package no.samskap.events.registrations.domain;

import no.samskap.events.events.domain.EventId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Where registrations are kept. Callers hold the event's row lock while they change them. */
public interface Registrations {

    void add(Registration registration);

    void update(Registration registration);

    Optional<Registration> find(RegistrationId id);

    /** The person's registration for the event that is not cancelled, if any. */
    Optional<Registration> activeOf(EventId event, String personId);

    /** Of these people, those who hold a registration for the event that is not cancelled. */
    Set<String> activeAmong(EventId event, Collection<String> personIds);

    /** The event's seats with its waitlist in order, for the capacity the event has now. */
    SeatPlan seatPlan(EventId event, Integer capacity);

    /** The event's seats as counts only, for admitting a newcomer or showing how full it is. */
    SeatTally seatTally(EventId event, Integer capacity);

    /** Confirmed registrations in the order they were made, then the waitlist in order. */
    List<Registration> active(EventId event);

    /** The person's registrations, newest first, cancelled ones too. */
    List<Registration> of(String personId);

    /** How many waiting registrations are ahead of this waiting one. */
    int waitingAhead(Registration registration);

    /** Places checked in at the event; empty when nobody was checked in. */
    OptionalInt checkedInPlaces(EventId event);
}
