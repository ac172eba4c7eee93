package no.samskap.events.registrations.domain;

import no.samskap.events.events.domain.Refusal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An event's seats as one decision: the capacity (null when unlimited), the places confirmed, and the waitlist in
 * the order people joined it. A party is confirmed when it fits in the free seats; otherwise it waits. When seats come
 * free, the waitlist is walked in order and every party that fits is promoted, so a party of four that does not fit
 * keeps its place while a single behind it takes the one free seat. It follows that nobody waiting ever fits, and a
 * newcomer who fits is confirmed without passing anyone who could have had the seats.
 */
public record SeatPlan(Integer capacity, int confirmed, List<Registration> waitlist) {

    public SeatPlan {
        waitlist = List.copyOf(waitlist);
    }

    public RegistrationEvent admit(Registration registration, Instant at) {
        return tally().admit(registration, at);
    }

    /** The registration is cancelled; seats it held go to those waiting, at once. */
    public List<RegistrationEvent> release(Registration registration, Instant at) {
        var cancelled = registration.with(RegistrationStatus.CANCELLED);
        if (registration.status() == RegistrationStatus.CONFIRMED) {
            var after = new SeatPlan(capacity, confirmed - registration.places(), waitlist);
            var changes = new ArrayList<RegistrationEvent>();
            changes.add(new RegistrationEvent.Cancelled(cancelled, true, after.seats(), at));
            changes.addAll(after.promote(at));
            return changes;
        }
        if (registration.status() == RegistrationStatus.WAITING) {
            var rest = waitlist.stream().filter(waiting -> !waiting.id().equals(registration.id())).toList();
            return List.of(new RegistrationEvent.Cancelled(cancelled, false,
                new SeatPlan(capacity, confirmed, rest).seats(), at));
        }
        throw Refusal.conflict("status", "the registration is already cancelled");
    }

    /** The organisers change the capacity: never below the seats confirmed; more seats go to those waiting. */
    public List<RegistrationEvent> resize(Integer newCapacity, Instant at) {
        if (newCapacity != null && newCapacity < confirmed) {
            throw Refusal.unprocessable("capacity", confirmed + " seats are confirmed: the capacity cannot be "
                + "lower; ask registrants to cancel first");
        }
        return new SeatPlan(newCapacity, confirmed, waitlist).promote(at);
    }

    public SeatCount seats() {
        return tally().seats();
    }

    public SeatTally tally() {
        return new SeatTally(capacity, confirmed, waitlist.size(), waitlist.stream().mapToInt(Registration::places).sum());
    }

    private List<RegistrationEvent> promote(Instant at) {
        var taken = confirmed;
        var left = new ArrayList<>(waitlist);
        var promoted = new ArrayList<RegistrationEvent>();
        for (var waiting : waitlist) {
            if (fits(waiting.places(), taken)) {
                taken += waiting.places();
                left.remove(waiting);
                promoted.add(new RegistrationEvent.Promoted(waiting.with(RegistrationStatus.CONFIRMED),
                    new SeatPlan(capacity, taken, left).seats(), at));
            }
        }
        return promoted;
    }

    private boolean fits(int places, int taken) {
        return capacity == null || taken + places <= capacity;
    }
}
