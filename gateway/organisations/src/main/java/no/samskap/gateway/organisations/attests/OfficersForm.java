package no.samskap.gateway.organisations.attests;

import gg.jte.Content;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.FormOption;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The appointment of the responsible person for politiattest and their deputy, chosen from the members
 * ({@code attests/officers.jte}); {@code current} says who is appointed now, if anyone.
 */
public record OfficersForm(TemplateTexts t, String csrf, String associationId, String associationName, boolean saved,
                           Content current, FormMessages messages, List<FormOption> responsible,
                           List<FormOption> deputy) {

    static final List<String> FIELDS = List.of("responsibleId", "deputyId");

    record Typed(String responsibleId, String deputyId) {

        static final Typed NOTHING = new Typed("", "");

        static Typed of(AttestViews.Officers officers) {
            return new Typed(officers.responsibleId(), officers.deputyId());
        }
    }

    static String page(Texts texts, DirectoryEntry association, List<AssociationReads.Member> members,
                       Optional<AttestViews.Officers> officers, Typed typed, Optional<ServiceRefusal> refusal,
                       boolean saved, String csrf) {
        var messages = FormMessages.of(refusal.map(r -> r.messages(texts, FIELDS, "officers"))
            .orElse(Map.<String, String>of()), refusal.flatMap(r -> r.general(texts, FIELDS)));
        var current = officers.map(appointed -> texts.text("vol.attest.officers.current",
                AttestPages.nameOf(members, appointed.responsibleId()), AttestPages.nameOf(members, appointed.deputyId())))
            .orElse(texts.text("vol.attest.officers.none"));
        return OrganisationTemplates.render("attests/officers.jte", new OfficersForm(new TemplateTexts(texts), csrf,
            association.id().toString(), association.name(), saved, html(current), messages,
            AttestPage.volunteers(texts, members, typed.responsibleId()),
            AttestPage.volunteers(texts, members, typed.deputyId())));
    }
}
