package no.samskap.gateway.organisations.help;

import no.samskap.gateway.organisations.directory.HelpKinds;
import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.organisations.volunteering.Choices;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The form to offer help to an idea: as oneself (a volunteer) or for an association the person is an admin of, the
 * kind of help, hours, skills and a description. Drawn on the idea page and, when refused, on a page of its own
 * with what was typed, the error summary and each message linked to its field.
 */
final class OfferForm {

    static final String VOLUNTEER = "volunteer";
    static final List<String> FIELDS = List.of("associationId", "kind", "hours", "skills", "description");

    private static final FormParts.Field OFFERER = new FormParts.Field("associationId", "vol.offer.offerer", null, "");
    private static final FormParts.Field KIND = new FormParts.Field("kind", "vol.offer.kind", null, "");
    private static final FormParts.Field HOURS = new FormParts.Field("hours", "vol.offer.hours", "vol.offer.hours.hint",
        "inputmode=\"decimal\" autocomplete=\"off\" size=\"6\"");
    private static final FormParts.Field DESCRIPTION = new FormParts.Field("description", "vol.offer.description",
        "vol.offer.description.hint", "maxlength=\"2000\" required");

    private OfferForm() {
    }

    /** What the person sent, as the service's body: an association's id, or none for a volunteer's own offer. */
    record Typed(String offerer, String kind, String hours, List<String> skills, String description) {

        static final Typed EMPTY = new Typed(VOLUNTEER, "hours", "", List.of(), "");

        static Typed of(FormFields form) {
            return new Typed(form.one("associationId").isEmpty() ? VOLUNTEER : form.one("associationId"),
                form.one("kind"), form.one("hours"), form.all("skills"), form.one("description"));
        }
    }

    static String render(Texts texts, UUID idea, List<Memberships.Membership> adminOf, Typed typed,
                         Optional<ServiceRefusal> refusal, String csrf) {
        var messages = refusal.map(r -> r.messages(texts, FIELDS)).orElse(Map.of());
        var general = refusal.flatMap(r -> r.general(texts, FIELDS));
        var offerers = new LinkedHashMap<String, String>();
        offerers.put(VOLUNTEER, texts.text("vol.offer.asVolunteer"));
        adminOf.forEach(association -> offerers.put(association.associationId().toString(),
            texts.text("vol.offer.forAssociation", association.name())));
        var kinds = new LinkedHashMap<String, String>();
        HelpKinds.CODES.forEach(kind -> kinds.put(kind, texts.word("vol.kind", kind)));
        return """
            <form method="post" action="/ideer/%s/tilbud-om-hjelp" id="offer-help-form" novalidate>
            %s  %s
              %s
              %s
              %s
            %s  %s
              %s
            </form>
            """.formatted(idea, FormParts.errorSummary(texts, messages, general), FormParts.csrf(csrf),
            FormParts.select(texts, OFFERER, offerers, typed.offerer(), Optional.ofNullable(messages.get("associationId"))),
            FormParts.select(texts, KIND, kinds, typed.kind(), Optional.ofNullable(messages.get("kind"))),
            FormParts.input(texts, HOURS, typed.hours(), Optional.ofNullable(messages.get("hours"))),
            Choices.checkboxes(texts, "skills", "vol.offer.skills", VolunteerCodes.SKILLS, "vol.skill", typed.skills(),
                Optional.ofNullable(messages.get("skills"))),
            FormParts.textarea(texts, DESCRIPTION, typed.description(), Optional.ofNullable(messages.get("description"))),
            FormParts.button(texts.text("vol.offer.send"), "primary"));
    }
}
