package no.samskap.organisations.hours.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.hours.application.RecordOfWork;
import no.samskap.organisations.hours.application.VolunteerRecords;
import no.samskap.organisations.hours.domain.VerificationCode;
import no.samskap.organisations.hours.domain.VolunteerRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The frivillighetsbevis as data: per organisation (its number, name and who approved the work) the roles with
 * start and end dates, total hours, hours per week and skills; the display name and code the volunteer chose to
 * share. The gateway prints it.
 */
@Serdeable
record VolunteerRecordView(@Nullable String displayName, @Nullable String verificationCode,
                           @Nullable String verificationPath, @Nullable Instant issuedAt,
                           List<Organisation> organisations, double totalHours) {

    /** {@code approvedBy} is {@code association}, or {@code municipality} for hours on a volunteer's own offer. */
    @Serdeable
    record Organisation(@Nullable String associationId, @Nullable String organisationNumber, @Nullable String name,
                        String municipality, String approvedBy, List<Role> roles) {
    }

    @Serdeable
    record Role(String role, LocalDate startDate, LocalDate endDate, double totalHours, double hoursPerWeek,
                List<String> skills) {
    }

    static VolunteerRecordView of(VolunteerRecords.Shown shown) {
        var code = shown.code();
        return new VolunteerRecordView(code.map(VerificationCode::displayName).orElse(null),
            code.map(VerificationCode::code).orElse(null), code.map(VolunteerRecordView::pathOf).orElse(null),
            code.map(VerificationCode::issuedAt).orElse(null),
            shown.record().organisations().stream().map(VolunteerRecordView::organisation).toList(),
            shown.record().totalHours());
    }

    static String pathOf(VerificationCode code) {
        return "/volunteer-records/" + code.code();
    }

    private static Organisation organisation(RecordOfWork.OrganisationWork work) {
        var facts = work.organisation();
        return new Organisation(facts.associationId(), facts.organisationNumber(), facts.name(), facts.municipality(),
            facts.isAnAssociation() ? "association" : "municipality",
            work.roles().stream().map(VolunteerRecordView::role).toList());
    }

    private static Role role(VolunteerRecord.Engagement engagement) {
        return new Role(engagement.role(), engagement.startDate(), engagement.endDate(), engagement.totalHours(),
            engagement.hoursPerWeek(), engagement.skills());
    }
}
