package no.samskap.gateway.organisations.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.shell.web.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The frivillighetsbevis as the service gives it, and as a printable document: per organisation (its number and
 * name, approved by the association or the municipality) each role with start and end dates, hours in all and per
 * week, and skills; what admissions offices such as Samordna opptak ask for.
 */
@Serdeable
record VolunteerRecord(@Nullable String displayName, @Nullable String verificationCode,
                       @Nullable String verificationPath, List<Organisation> organisations, double totalHours) {

    @Serdeable
    record Organisation(@Nullable String associationId, @Nullable String organisationNumber, @Nullable String name,
                        String municipality, String approvedBy, List<Role> roles) {
    }

    @Serdeable
    record Role(String role, LocalDate startDate, LocalDate endDate, double totalHours, double hoursPerWeek,
                List<String> skills) {
    }

    String document(Texts texts) {
        var html = new StringBuilder("<article id=\"volunteer-record\">\n<h1 class=\"ds-heading\">")
            .append(texts.text("vol.record.title")).append("</h1>\n");
        if (displayName != null && !displayName.isBlank()) {
            html.append("<p id=\"record-name\">").append(texts.text("vol.record.name", displayName)).append("</p>\n");
        }
        if (organisations.isEmpty()) {
            html.append("<p id=\"record-empty\">").append(texts.text("vol.record.empty")).append("</p>\n");
        }
        for (var organisation : organisations) {
            html.append("<section class=\"record-organisation\">\n<h2 class=\"ds-heading\" data-size=\"sm\">")
                .append(escape(organisation.name() == null ? texts.text("vol.record.municipality",
                    organisation.municipality()) : organisation.name())).append("</h2>\n<p>");
            if (organisation.organisationNumber() != null) {
                html.append(texts.text("vol.record.organisationNumber", organisation.organisationNumber())).append(" · ");
            }
            html.append(texts.text("association".equals(organisation.approvedBy()) ? "vol.record.approvedByAssociation"
                : "vol.record.approvedByMunicipality")).append("</p>\n")
                .append("<table class=\"ds-table\">\n<thead><tr>");
            for (var column : List.of("role", "from", "to", "hours", "perWeek", "skills")) {
                html.append("<th scope=\"col\">").append(texts.text("vol.record.column." + column)).append("</th>");
            }
            html.append("</tr></thead>\n<tbody>\n");
            for (var role : organisation.roles()) {
                html.append("<tr><td>").append(escape(role.role())).append("</td><td>")
                    .append(texts.date(role.startDate())).append("</td><td>").append(texts.date(role.endDate()))
                    .append("</td><td>").append(number(role.totalHours())).append("</td><td>")
                    .append(number(role.hoursPerWeek())).append("</td><td>")
                    .append(role.skills().stream().map(skill -> texts.word("vol.skill", skill))
                        .collect(Collectors.joining(", "))).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n</section>\n");
        }
        html.append("<p id=\"record-total\">").append(texts.text("vol.record.total", number(totalHours)))
            .append("</p>\n");
        if (verificationCode != null) {
            html.append("<p id=\"record-check\">").append(texts.text("vol.record.check", "/frivillighetsbevis/"
                + verificationCode)).append("</p>\n");
        }
        return html.append("</article>\n").toString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
