package no.samskap.events.shifts.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What happened on a shift; each becomes a message of the contract, naming the volunteer by subject id only. */
public sealed interface ShiftEvent {

    Shift shift();

    Instant occurredAt();

    record Created(Shift shift, Instant occurredAt) implements ShiftEvent {
    }

    /** {@code filled} counts the places taken after this sign-up. */
    record SignedUp(Shift shift, SignUp signUp, int filled, Instant occurredAt) implements ShiftEvent {

        /** The shift filled up with this sign-up: it took the last free place. */
        public Optional<Filled> filledTheShift() {
            return !signUp.waiting() && filled == shift.needed() ? Optional.of(new Filled(shift, occurredAt))
                : Optional.empty();
        }
    }

    record Filled(Shift shift, Instant occurredAt) implements ShiftEvent {
    }

    /** The volunteer left; {@code movedIn} is the first waiting, moved into the freed place (null when none). */
    record Left(Shift shift, SignUp left, SignUp movedIn, int filled, Instant occurredAt) implements ShiftEvent {
    }

    /** The shift as changed; {@code movedIn} are the waiting moved into new places, {@code filled} the places taken. */
    record Changed(Shift shift, List<SignUp> movedIn, int filled, Instant occurredAt) implements ShiftEvent {

        public Changed {
            movedIn = List.copyOf(movedIn);
        }
    }

    record CheckedIn(Shift shift, SignUp signUp, Instant occurredAt) implements ShiftEvent {
    }
}
