package no.samskap.events.shifts.domain;

import no.samskap.events.events.domain.Refusal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A shift with its sign-ups in the order they came: the first {@code needed} take the places, the rest wait in that
 * order. The application locks the shift while it decides, so two sign-ups never take the same last place.
 */
public record Roster(Shift shift, List<SignUp> signUps) {

    static final Duration CHECK_IN_OPENS = Duration.ofHours(2);

    public Roster {
        signUps = List.copyOf(signUps);
    }

    public List<SignUp> placed() {
        return signUps.stream().filter(signUp -> !signUp.waiting()).toList();
    }

    public List<SignUp> waiting() {
        return signUps.stream().filter(SignUp::waiting).toList();
    }

    public Optional<SignUp> of(String volunteerId) {
        return signUps.stream().filter(signUp -> signUp.volunteerId().equals(volunteerId)).findFirst();
    }

    /** Where the volunteer waits, 1 for the first; 0 when they have a place. */
    public int waitingPosition(String volunteerId) {
        var waiting = waiting();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).volunteerId().equals(volunteerId)) {
                return i + 1;
            }
        }
        return 0;
    }

    public boolean isFull() {
        return placed().size() >= shift.needed();
    }

    /**
     * The volunteer takes a free place or joins the waitlist. {@code sighted} says whether their politiattest
     * sighting holds on the shift's day; it matters only when the shift requires one.
     */
    public ShiftEvent.SignedUp signUp(String volunteerId, String volunteerName, UUID associationId, AgeDeclaration age,
                                      boolean sighted, Instant at) {
        if (!shift.startsAt().isAfter(at)) {
            throw Refusal.conflict("startsAt", "the shift has started; sign-up is closed");
        }
        if (of(volunteerId).isPresent()) {
            throw Refusal.conflict("volunteerId", "you are already signed up for this shift");
        }
        age.requireAtLeast(shift.minimumAge(), shift.day().getYear());
        if (shift.attestRequired() && !sighted) {
            throw Refusal.unprocessable("attest", "this shift requires a politiattest that an association has "
                + "sighted and that is valid on the day of the shift");
        }
        var waits = isFull();
        var signUp = new SignUp(shift.id(), volunteerId, volunteerName, associationId, waits, at, null, null);
        return new ShiftEvent.SignedUp(shift, signUp, placed().size() + (waits ? 0 : 1), at);
    }

    /** The volunteer leaves; if they had a place, the first waiting is moved into it at once. */
    public ShiftEvent.Left leave(String volunteerId, Instant at) {
        var leaving = mine(volunteerId);
        if (leaving.isCheckedIn()) {
            throw Refusal.conflict("checkedIn", "you were checked in for this shift; ask the team leader instead");
        }
        var movedIn = leaving.waiting() ? null : waiting().stream().findFirst().map(SignUp::placed).orElse(null);
        var filled = placed().size() - (leaving.waiting() || movedIn != null ? 0 : 1);
        return new ShiftEvent.Left(shift, leaving, movedIn, filled, at);
    }

    /**
     * The organisers change the shift before it starts. Never fewer places than are taken; when more are needed,
     * the first waiting move into the new places at once.
     */
    public ShiftEvent.Changed change(Shift.Change change, Instant at) {
        if (!shift.startsAt().isAfter(at)) {
            throw Refusal.conflict("startsAt", "the shift has started; it can no longer be changed");
        }
        var changed = shift.changed(change, at);
        var taken = placed().size();
        if (changed.needed() < taken) {
            throw Refusal.unprocessable("needed", taken + " volunteers have places on this shift; it cannot need "
                + "fewer than that");
        }
        var movedIn = waiting().stream().limit(changed.needed() - taken).map(SignUp::placed).toList();
        return new ShiftEvent.Changed(changed, movedIn, taken + movedIn.size(), at);
    }

    /** The volunteer says they are ill or late; a later word replaces an earlier one. */
    public SignUp reportAbsence(String volunteerId, Absence absence, Instant at) {
        var signUp = mine(volunteerId);
        if (signUp.isCheckedIn()) {
            throw Refusal.conflict("checkedIn", "you are already checked in for this shift");
        }
        if (!shift.endsAt().isAfter(at)) {
            throw Refusal.conflict("endsAt", "the shift is over");
        }
        return signUp.withAbsence(absence);
    }

    /** Checks a placed volunteer in; empty when they already were, so a second tap changes nothing. */
    public Optional<ShiftEvent.CheckedIn> checkIn(String volunteerId, Instant at) {
        var signUp = of(volunteerId).orElseThrow(() -> Refusal.notFound("no sign-up of " + volunteerId
            + " for this shift"));
        if (at.isBefore(shift.startsAt().minus(CHECK_IN_OPENS))) {
            throw Refusal.conflict("startsAt", "check-in opens two hours before the shift starts");
        }
        if (signUp.waiting()) {
            throw Refusal.conflict("waiting", "the volunteer is on the waitlist and has no place on this shift");
        }
        if (signUp.isCheckedIn()) {
            return Optional.empty();
        }
        return Optional.of(new ShiftEvent.CheckedIn(shift, signUp.checkedIn(at), at));
    }

    private SignUp mine(String volunteerId) {
        return of(volunteerId).orElseThrow(() -> Refusal.notFound("you are not signed up for this shift"));
    }
}
