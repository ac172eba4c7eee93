package no.samskap.gateway.organisations.attests;

import gg.jte.Content;
import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.FormOption;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static no.samskap.gateway.shell.web.Html.escape;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The politiattest page of an association ({@code attests/sightings.jte}): the sightings recorded, each with its
 * expiry and a link to the confirmation of purpose, and the form to record that a certificate was seen: who, for
 * which role, on which day and for how long. Deliberately no field for what the certificate says.
 */
public record AttestPage(TemplateTexts t, String csrf, String associationId, String associationName,
                         boolean recorded, List<SightingRow> sightings, FormMessages messages, Typed typed,
                         List<FormOption> volunteers, List<FormOption> roles) {

    static final List<String> FIELDS = List.of("volunteerId", "role", "roleName", "seenOn", "validYears",
        "guardianConsent");

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** A sighting: the volunteer's name and the role in words; {@code seenOn} in the page's words. */
    public record SightingRow(String volunteer, Content role, String seenBy, String seenOn, LocalDate validUntil,
                              boolean expired, boolean guardianConsent, String confirmation) {
    }

    public record Typed(String volunteerId, String role, String roleName, String seenOn, String validYears,
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

    static String render(Texts texts, DirectoryEntry association, List<AttestViews.Sighting> sightings,
                         List<AssociationReads.Member> members, Typed typed, Optional<ServiceRefusal> refusal,
                         boolean recorded, String csrf) {
        var today = LocalDate.now(NORWAY);
        var rows = sightings.stream().map(sighting -> new SightingRow(AttestPages.nameOf(members,
                sighting.volunteerId()), html(roleWords(texts, sighting.role(), sighting.roleName())),
            AttestPages.nameOf(members, sighting.seenBy()), texts.date(sighting.seenOn()), sighting.validUntil(),
            sighting.validUntil().isBefore(today), sighting.guardianConsent(),
            "/foreninger/" + association.id() + "/politiattest/bekreftelse?volunteerId="
                + URLEncoder.encode(sighting.volunteerId(), StandardCharsets.UTF_8)
                + "&role=" + URLEncoder.encode(sighting.role(), StandardCharsets.UTF_8))).toList();
        return OrganisationTemplates.render("attests/sightings.jte", new AttestPage(new TemplateTexts(texts), csrf,
            association.id().toString(), association.name(), recorded, rows,
            ServiceRefusal.formMessages(texts, refusal, FIELDS), typed, volunteers(texts, members, typed.volunteerId()),
            roles(texts, typed.role())));
    }

    /** The members to choose among, after "choose". */
    static List<FormOption> volunteers(Texts texts, List<AssociationReads.Member> members, String chosen) {
        return Stream.concat(Stream.of(new FormOption("", html(texts.text("vol.attest.choose")), chosen.isEmpty())),
            members.stream().map(member -> new FormOption(member.personId(), html(escape(
                AttestPages.nameOf(members, member.personId()))), member.personId().equals(chosen))))
            .toList();
    }

    static List<FormOption> roles(Texts texts, String chosen) {
        return VolunteerCodes.ATTEST_ROLES.stream().map(code -> new FormOption(code,
            html(texts.word("vol.attestRole", code)), code.equals(chosen))).toList();
    }

    /** The role in words, with the association's own name for it in brackets when it gave one; escaped. */
    static String roleWords(Texts texts, String role, String roleName) {
        return texts.word("vol.attestRole", role) + (roleName == null ? ""
            : " (" + escape(roleName) + ")");
    }
}
