package no.samskap.events.shifts.domain;

import no.samskap.events.events.domain.EventId;

import java.util.List;
import java.util.Optional;

/** Where shifts and their sign-ups are kept. */
public interface Shifts {

    void add(Shift shift);

    Optional<Shift> find(ShiftId id);

    /** The shift with its sign-ups, its row locked for the rest of the transaction. */
    Optional<Roster> rosterForUpdate(ShiftId id);

    Optional<Roster> roster(ShiftId id);

    /** The event's shifts with their sign-ups, in the order they start. */
    List<Roster> ofEvent(EventId eventId);

    /** The shifts the volunteer signed up for, with all their sign-ups, soonest first. */
    List<Roster> signedUpBy(String volunteerId);

    /** Keeps the shift's new role, times and places. */
    void changed(Shift shift);

    void signedUp(SignUp signUp);

    void left(SignUp signUp);

    void placed(SignUp signUp);

    void absent(SignUp signUp);

    void checkedIn(SignUp signUp);
}
