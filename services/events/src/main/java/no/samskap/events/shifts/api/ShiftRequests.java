package no.samskap.events.shifts.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.events.shifts.application.ChangeShift;
import no.samskap.events.shifts.application.DescribeShift;
import no.samskap.events.shifts.application.ReportAbsence;
import no.samskap.events.shifts.application.SignUpForShift;

/** The bodies of the shift routes; the domain checks what the fields mean and names the one at fault. */
final class ShiftRequests {

    private ShiftRequests() {
    }

    @Serdeable
    record Describe(@Nullable String role, @Nullable String startsAt, @Nullable String endsAt,
                    @Nullable Integer needed, @Nullable String teamLeaderId, @Nullable Integer minimumAge,
                    @Nullable Boolean attestRequired) {

        DescribeShift command() {
            return new DescribeShift(role, startsAt, endsAt, needed, teamLeaderId, minimumAge, attestRequired);
        }
    }

    @Serdeable
    record Change(@Nullable String role, @Nullable String startsAt, @Nullable String endsAt, @Nullable Integer needed) {

        ChangeShift command() {
            return new ChangeShift(role, startsAt, endsAt, needed);
        }
    }

    @Serdeable
    record SignUp(@Nullable String associationId, @Nullable Integer birthYear, @Nullable Boolean confirmsMinimumAge) {

        SignUpForShift command() {
            return new SignUpForShift(associationId, birthYear, confirmsMinimumAge);
        }
    }

    @Serdeable
    record Absence(@Nullable String kind, @Nullable String note, @Nullable Integer minutesLate) {

        ReportAbsence command() {
            return new ReportAbsence(kind, note, minutesLate);
        }
    }
}
