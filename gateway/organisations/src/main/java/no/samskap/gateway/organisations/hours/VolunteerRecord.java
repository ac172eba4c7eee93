package no.samskap.gateway.organisations.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The frivillighetsbevis as the service gives it, and as a printable document: per organisation (its number and
 * name, approved by the association or the municipality) each role with start and end dates, hours in all and per
 * week, and skills; what admissions offices such as Samordna opptak ask for.
 */
@Serdeable
public record VolunteerRecord(@Nullable String displayName, @Nullable String verificationCode,
                              @Nullable String verificationPath, List<Organisation> organisations, double totalHours) {

    @Serdeable
    public record Organisation(@Nullable String associationId, @Nullable String organisationNumber,
                               @Nullable String name, String municipality, String approvedBy, List<Role> roles) {
    }

    @Serdeable
    public record Role(String role, LocalDate startDate, LocalDate endDate, double totalHours, double hoursPerWeek,
                       List<String> skills) {
    }

    /** The record as the printable document shows it ({@code hours/record.jte}), in the page's words. */
    public record Document(TemplateTexts t, VolunteerRecord record) {
    }

    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
