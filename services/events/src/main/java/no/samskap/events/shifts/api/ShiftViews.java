package no.samskap.events.shifts.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.shifts.application.VolunteersShift;
import no.samskap.events.shifts.domain.Absence;
import no.samskap.events.shifts.domain.Roster;
import no.samskap.events.shifts.domain.SignUp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Shifts as the API shows them: counts to everyone; volunteers' ids, names and absences to those who lead the shift.
 */
final class ShiftViews {

    private ShiftViews() {
    }

    @Serdeable
    record ShiftView(String id, String eventId, String role, Instant startsAt, Instant endsAt, int needed,
                     int filled, int waiting, @Nullable Integer minimumAge, boolean attestRequired) {

        static ShiftView of(Roster roster) {
            var shift = roster.shift();
            return new ShiftView(shift.id().toString(), shift.eventId().toString(), shift.role(), shift.startsAt(),
                shift.endsAt(), shift.needed(), roster.placed().size(), roster.waiting().size(), shift.minimumAge(),
                shift.attestRequired());
        }
    }

    @Serdeable
    record AbsenceView(String kind, String note, @Nullable Integer minutesLate, Instant reportedAt) {

        static AbsenceView of(Absence absence) {
            return absence == null ? null : new AbsenceView(absence.kind().code(), absence.note(),
                absence.minutesLate(), absence.reportedAt());
        }
    }

    @Serdeable
    record SignUpView(String volunteerId, @Nullable String volunteerName, @Nullable String associationId,
                      String status, int waitingPosition, Instant signedUpAt, @Nullable AbsenceView absence,
                      @Nullable Instant checkedInAt) {

        static SignUpView of(Roster roster, SignUp signUp) {
            return new SignUpView(signUp.volunteerId(), signUp.volunteerName(), association(signUp), statusOf(signUp),
                roster.waitingPosition(signUp.volunteerId()), signUp.signedUpAt(), AbsenceView.of(signUp.absence()),
                signUp.checkedInAt());
        }
    }

    @Serdeable
    record RosterView(ShiftView shift, @Nullable String teamLeaderId, List<SignUpView> signUps) {

        static RosterView of(Roster roster) {
            return new RosterView(ShiftView.of(roster), roster.shift().teamLeaderId(),
                roster.signUps().stream().map(signUp -> SignUpView.of(roster, signUp)).toList());
        }
    }

    @Serdeable
    record VolunteersShiftView(String shiftId, String eventId, String eventTitle, String eventStatus, String role,
                               Instant startsAt, Instant endsAt, String status, int waitingPosition,
                               @Nullable String associationId, @Nullable AbsenceView absence,
                               @Nullable Instant checkedInAt) {

        static VolunteersShiftView of(VolunteersShift mine) {
            var shift = mine.roster().shift();
            var signUp = mine.signUp();
            return new VolunteersShiftView(shift.id().toString(), shift.eventId().toString(),
                mine.event().description().title(), mine.event().status().code(), shift.role(), shift.startsAt(),
                shift.endsAt(), statusOf(signUp), mine.waitingPosition(), association(signUp),
                AbsenceView.of(signUp.absence()), signUp.checkedInAt());
        }
    }

    private static String statusOf(SignUp signUp) {
        return signUp.waiting() ? "waiting" : "placed";
    }

    private static String association(SignUp signUp) {
        return Optional.ofNullable(signUp.associationId()).map(UUID::toString).orElse(null);
    }
}
