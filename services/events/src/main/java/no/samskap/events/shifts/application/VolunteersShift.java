package no.samskap.events.shifts.application;

import no.samskap.events.events.domain.Event;
import no.samskap.events.shifts.domain.Roster;
import no.samskap.events.shifts.domain.SignUp;

/** One of a volunteer's sign-ups, with the shift, its event and where they wait (0 when they have a place). */
public record VolunteersShift(Event event, Roster roster, SignUp signUp, int waitingPosition) {

    static VolunteersShift of(Event event, Roster roster, String volunteerId) {
        return new VolunteersShift(event, roster, roster.of(volunteerId).orElseThrow(),
            roster.waitingPosition(volunteerId));
    }
}
