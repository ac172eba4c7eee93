package no.samskap.gateway.organisations.attests;

import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.organisations.volunteering.Choices;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.PrintStylesheet;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The politiattest page of an association: the sightings recorded, each with its expiry and a link to the
 * confirmation of purpose, and the form to record that a certificate was seen: who, for which role, on which day and
 * for how long. Deliberately no field for what the certificate says.
 */
final class AttestForm {

    static final List<String> FIELDS = List.of("volunteerId", "role", "roleName", "seenOn", "validYears",
        "guardianConsent");

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final FormParts.Field ROLE_NAME = new FormParts.Field("roleName", "vol.attest.roleName",
        "vol.attest.roleName.hint", "maxlength=\"100\"");
    private static final FormParts.Field SEEN_ON = new FormParts.Field("seenOn", "vol.attest.seenOn",
        "vol.attest.seenOn.hint", "type=\"date\" min=\"1000-01-01\" max=\"9999-12-31\"");
    private static final FormParts.Field VALID_YEARS = new FormParts.Field("validYears", "vol.attest.validYears",
        "vol.attest.validYears.hint", "inputmode=\"numeric\" size=\"2\"");

    private AttestForm() {
    }

    record Typed(String volunteerId, String role, String roleName, String seenOn, String validYears,
                 boolean guardianConsent) {

        static final Typed EMPTY = new Typed("", "", "", "", "3", false);

        /** The form filled in for a request's volunteer and role, as far as they were given. */
        Typed askedFor(String volunteer, String askedRole) {
            return new Typed(volunteer == null ? volunteerId : volunteer, askedRole == null ? role : askedRole,
                roleName, seenOn, validYears, guardianConsent);
        }

        static Typed of(FormFields form) {
            return new Typed(form.one("volunteerId"), form.one("role"), form.one("roleName"), form.one("seenOn"),
                form.one("validYears"), !form.one("guardianConsent").isEmpty());
        }

        /** Empty when the years typed are no whole number; blank leaves the association's default. */
        Optional<Optional<Integer>> validYearsNumber() {
            if (validYears.isBlank()) {
                return Optional.of(Optional.empty());
            }
            try {
                return Optional.of(Optional.of(Integer.parseInt(validYears.strip())));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }

        AttestViews.Seen seen(Integer years) {
            return new AttestViews.Seen(volunteerId, role, roleName.isBlank() ? null : roleName, seenOn, years,
                guardianConsent);
        }
    }

    static String page(Texts texts, DirectoryEntry association, List<AttestViews.Sighting> sightings,
                       List<AssociationReads.Member> members, Typed typed, Optional<ServiceRefusal> refusal,
                       boolean recorded, String csrf) {
        var messages = refusal.map(r -> r.messages(texts, FIELDS)).orElse(Map.of());
        var general = refusal.flatMap(r -> r.general(texts, FIELDS));
        var consentError = Optional.ofNullable(messages.get("guardianConsent"));
        return """
            <h1 class="ds-heading">%s</h1>
            %s<p>%s</p>
            <h2 class="ds-heading" id="sightings-heading">%s</h2>
            %s
            <h2 class="ds-heading" id="record-heading">%s</h2>
            <p id="no-certificate-content">%s</p>
            %s<form method="post" action="/foreninger/%s/politiattest" id="attest-form" novalidate>
              %s
              %s
              %s
              %s
              <div class="ds-field">
                <input class="ds-input" type="checkbox" id="guardianConsent" name="guardianConsent" value="yes"%s%s>
                <label class="ds-label" for="guardianConsent">%s</label>%s
              </div>
              %s
            </form>
            <p><a class="ds-link" id="attest-requests-link" href="/foreninger/%s/politiattest/foresporsler">%s</a></p>
            <p><a class="ds-link" href="/foreninger/%s">%s</a></p>
            """.formatted(texts.text("vol.attest.title", association.name()),
            recorded ? "<p class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"sighting-recorded\">"
                + texts.text("vol.attest.recorded") + "</p>\n" : "",
            texts.text("vol.attest.intro"), texts.text("vol.attest.sightings"),
            sightings(texts, association, sightings, members), texts.text("vol.attest.record"),
            texts.text("vol.attest.noContent"), FormParts.errorSummary(texts, messages, general), association.id(),
            FormParts.csrf(csrf),
            volunteerAndRole(texts, members, typed.volunteerId(), typed.role(), typed.roleName(), messages),
            FormParts.input(texts, SEEN_ON, typed.seenOn(), Optional.ofNullable(messages.get("seenOn"))),
            FormParts.input(texts, VALID_YEARS, typed.validYears(), Optional.ofNullable(messages.get("validYears"))),
            typed.guardianConsent() ? " checked" : "",
            consentError.isPresent() ? " aria-describedby=\"guardianConsent-error\" aria-invalid=\"true\"" : "",
            texts.text("vol.attest.guardianConsent"), consentError.map(message ->
                "\n    <p class=\"ds-validation-message\" data-field=\"validation\" id=\"guardianConsent-error\">"
                    + message + "</p>").orElse(""),
            FormParts.button(texts.text("vol.attest.save"), "primary"), association.id(),
            texts.text("vol.attest.requests.link"), association.id(), texts.text("vol.attest.back"));
    }

    /** Which member for which role: the fields a request and a sighting share. */
    static String volunteerAndRole(Texts texts, List<AssociationReads.Member> members, String volunteerId, String role,
                                   String roleName, Map<String, String> messages) {
        return String.join("\n  ",
            FormParts.select(texts, new FormParts.Field("volunteerId", "vol.attest.volunteer", null, ""),
                AttestPages.choices(texts, members), volunteerId, Optional.ofNullable(messages.get("volunteerId"))),
            Choices.radios(texts, "role", "vol.attest.role", VolunteerCodes.ATTEST_ROLES, "vol.attestRole", role,
                Optional.ofNullable(messages.get("role"))),
            FormParts.input(texts, ROLE_NAME, roleName, Optional.ofNullable(messages.get("roleName"))));
    }

    private static String sightings(Texts texts, DirectoryEntry association, List<AttestViews.Sighting> sightings,
                                    List<AssociationReads.Member> members) {
        if (sightings.isEmpty()) {
            return "<p id=\"no-sightings\">" + texts.text("vol.attest.none") + "</p>";
        }
        var today = LocalDate.now(NORWAY);
        var rows = new StringBuilder();
        for (var sighting : sightings) {
            var expired = sighting.validUntil().isBefore(today);
            var confirmation = "/foreninger/" + association.id() + "/politiattest/bekreftelse?volunteerId="
                + URLEncoder.encode(sighting.volunteerId(), StandardCharsets.UTF_8)
                + "&role=" + URLEncoder.encode(sighting.role(), StandardCharsets.UTF_8);
            rows.append("    <tr><td>").append(nameOf(members, sighting.volunteerId())).append("</td><td>")
                .append(roleWords(texts, sighting.role(), sighting.roleName()))
                .append("</td><td>").append(texts.text("vol.attest.seenBy", AttestPages.nameOf(members, sighting.seenBy()),
                    texts.date(sighting.seenOn())))
                .append("</td><td").append(expired ? " class=\"expired\"" : "").append(">")
                .append(texts.date(sighting.validUntil()))
                .append(expired ? " (" + texts.text("vol.attest.expired") + ")" : "")
                .append("</td><td>").append(texts.text(sighting.guardianConsent() ? "vol.attest.yes" : "vol.attest.no"))
                .append("</td><td><a class=\"ds-link\" href=\"").append(escape(confirmation)).append("\">")
                .append(texts.text("vol.attest.confirmation")).append("</a></td></tr>\n");
        }
        return """
            <table class="ds-table" id="sightings">
              <thead><tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead>
              <tbody>
            %s  </tbody>
            </table>""".formatted(texts.text("vol.attest.volunteer"), texts.text("vol.attest.role"),
            texts.text("vol.attest.seen"), texts.text("vol.attest.validUntil"), texts.text("vol.attest.guardian"),
            texts.text("vol.attest.confirmation"), rows);
    }

    /** The printable confirmation of purpose for a role, to hand to the volunteer for their application. */
    static String confirmation(Texts texts, AttestViews.Confirmation confirmation, String volunteerName) {
        var basis = new StringBuilder();
        confirmation.legalBasis().forEach(law -> basis.append("  <li>").append(escape(law)).append("</li>\n"));
        return """
            %s<article id="purpose-confirmation">
            <h1 class="ds-heading">%s</h1>
            <dl>
              <dt>%s</dt><dd>%s</dd>
              <dt>%s</dt><dd>%s</dd>
              <dt>%s</dt><dd>%s</dd>
              <dt>%s</dt><dd>%s</dd>
              <dt>%s</dt><dd>%s</dd>
            </dl>
            <p>%s</p>
            <ul class="ds-list">
            %s</ul>
            <p>%s</p>
            </article>
            <p class="no-print" id="print-hint">%s</p>
            """.formatted(PrintStylesheet.link(), texts.text("vol.attest.confirmation.title"),
            texts.text("vol.attest.confirmation.association"), escape(confirmation.associationName()),
            texts.text("vol.attest.confirmation.organisationNumber"), escape(confirmation.organisationNumber()),
            texts.text("vol.attest.confirmation.volunteer"), escape(volunteerName),
            texts.text("vol.attest.confirmation.role"), roleWords(texts, confirmation.role(), confirmation.roleName()),
            texts.text("vol.attest.confirmation.date"), texts.date(confirmation.confirmedOn()),
            texts.text("vol.attest.confirmation.purpose", texts.word("vol.attestRole", confirmation.role())),
            basis, texts.text("vol.attest.confirmation.apply"), texts.text("vol.attest.confirmation.print"));
    }

    /** The role in words, with the association's own name for it in brackets when it gave one; escaped. */
    static String roleWords(Texts texts, String role, String roleName) {
        return texts.word("vol.attestRole", role) + (roleName == null ? "" : " (" + escape(roleName) + ")");
    }

    private static String nameOf(List<AssociationReads.Member> members, String person) {
        return escape(AttestPages.nameOf(members, person));
    }
}
