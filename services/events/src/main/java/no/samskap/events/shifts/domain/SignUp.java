package no.samskap.events.shifts.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer's place on a shift, or their place in its waitlist; their name as their token gave it at sign-up (null
 * when it gave none), shown only to those who lead the shift and never in a message; for an association (null when
 * on their own); with the absence they reported (null when none) and when they were checked in (null until then).
 */
public record SignUp(ShiftId shiftId, String volunteerId, String volunteerName, UUID associationId, boolean waiting,
                     Instant signedUpAt, Absence absence, Instant checkedInAt) {

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    SignUp placed() {
        return new SignUp(shiftId, volunteerId, volunteerName, associationId, false, signedUpAt, absence, checkedInAt);
    }

    SignUp withAbsence(Absence reported) {
        return new SignUp(shiftId, volunteerId, volunteerName, associationId, waiting, signedUpAt, reported, checkedInAt);
    }

    SignUp checkedIn(Instant at) {
        return new SignUp(shiftId, volunteerId, volunteerName, associationId, waiting, signedUpAt, absence, at);
    }
}
