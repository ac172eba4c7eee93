package no.samskap.gateway.organisations.help;

import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.gateway.organisations.directory.HelpKinds;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.FormOption;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.Choices;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The form to offer help to an idea ({@code help/offerForm.jte}): as oneself (a volunteer) or for an association the
 * person is an admin of, the kind of help, hours, skills and a description. Drawn on the idea page and, when refused,
 * on a page of its own ({@code help/offer.jte}) with what was typed, the error summary and each message linked to its
 * field.
 */
public record OfferForm(TemplateTexts t, String csrf, String idea, FormMessages messages, List<FormOption> offerers,
                        List<FormOption> kinds, String hours, List<FormOption> skills, String description) {

    static final String VOLUNTEER = "volunteer";
    static final List<String> FIELDS = List.of("associationId", "kind", "hours", "skills", "description");

    /** What the person sent, as the service's body: an association's id, or none for a volunteer's own offer. */
    record Typed(String offerer, String kind, String hours, List<String> skills, String description) {

        static final Typed EMPTY = new Typed(VOLUNTEER, "hours", "", List.of(), "");

        static Typed of(FormFields form) {
            return new Typed(form.one("associationId").isEmpty() ? VOLUNTEER : form.one("associationId"),
                form.one("kind"), form.one("hours"), form.all("skills"), form.one("description"));
        }
    }

    static OfferForm of(Texts texts, UUID idea, List<Memberships.Membership> adminOf, Typed typed,
                        Optional<ServiceRefusal> refusal, String csrf) {
        var offerers = new ArrayList<FormOption>();
        offerers.add(new FormOption(VOLUNTEER, html(texts.text("vol.offer.asVolunteer")),
            VOLUNTEER.equals(typed.offerer())));
        adminOf.forEach(association -> offerers.add(new FormOption(association.associationId().toString(),
            html(texts.text("vol.offer.forAssociation", association.name())),
            association.associationId().toString().equals(typed.offerer()))));
        var kinds = HelpKinds.CODES.stream()
            .map(kind -> new FormOption(kind, html(texts.word("vol.kind", kind)), kind.equals(typed.kind()))).toList();
        return new OfferForm(new TemplateTexts(texts), csrf, idea.toString(),
            ServiceRefusal.formMessages(texts, refusal, FIELDS), List.copyOf(offerers), kinds, typed.hours(),
            Choices.of(texts, VolunteerCodes.SKILLS, "vol.skill", typed.skills()), typed.description());
    }
}
