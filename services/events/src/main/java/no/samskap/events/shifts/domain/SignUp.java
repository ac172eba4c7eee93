package no.samskap.events.shifts.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer's place on a shift, or their place in its waitlist; for an association (null when on their own); with
 * the absence they reported (null when none) and when they were checked in (null until then).
 */
public record SignUp(ShiftId shiftId, String volunteerId, UUID associationId, boolean waiting, Instant signedUpAt,
                     Absence absence, Instant checkedInAt) {

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    SignUp placed() {
        return new SignUp(shiftId, volunteerId, associationId, false, signedUpAt, absence, checkedInAt);
    }

    SignUp withAbsence(Absence reported) {
        return new SignUp(shiftId, volunteerId, associationId, waiting, signedUpAt, reported, checkedInAt);
    }

    SignUp checkedIn(Instant at) {
        return new SignUp(shiftId, volunteerId, associationId, waiting, signedUpAt, absence, at);
    }
}
