package no.samskap.gateway.organisations.attests;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.FormOption;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The officers' requests ({@code attests/requests.jte}): who was asked to apply for which role and whether the
 * certificate was seen since, and the form that asks someone.
 */
public record RequestsPage(TemplateTexts t, String csrf, String associationId, String associationName, boolean sent,
                           List<RequestRow> requests, FormMessages messages, Typed typed,
                           List<FormOption> volunteers, List<FormOption> roles) {

    static final List<String> FIELDS = List.of("volunteerId", "role", "roleName");

    /** A request; {@code sighted} is the day its certificate was seen, else {@code record} links to the form. */
    public record RequestRow(String volunteer, Content role, Content asked, @Nullable String sighted, String record,
                             String confirmation) {
    }

    public record Typed(String volunteerId, String role, String roleName) {

        static final Typed NOTHING = new Typed("", "", "");
    }

    static String render(Texts texts, DirectoryEntry association, List<AttestViews.Request> requests,
                         List<AssociationReads.Member> members, Typed typed, Optional<ServiceRefusal> refusal,
                         boolean sent, String csrf) {
        var rows = requests.stream().map(request -> {
            var query = "?volunteerId=" + URLEncoder.encode(request.volunteerId(), StandardCharsets.UTF_8)
                + "&role=" + URLEncoder.encode(request.role(), StandardCharsets.UTF_8);
            return new RequestRow(AttestPages.nameOf(members, request.volunteerId()),
                html(AttestPage.roleWords(texts, request.role(), request.roleName())),
                html(texts.date(request.requestedAt())),
                request.sightedAt() == null ? null : texts.date(request.sightedAt()),
                "/foreninger/" + association.id() + "/politiattest" + query + "#attest-form",
                "/foreninger/" + association.id() + "/politiattest/bekreftelse" + query
                    + (request.roleName() == null ? ""
                    : "&roleName=" + URLEncoder.encode(request.roleName(), StandardCharsets.UTF_8)));
        }).toList();
        return OrganisationTemplates.render("attests/requests.jte", new RequestsPage(new TemplateTexts(texts), csrf,
            association.id().toString(), association.name(), sent, rows,
            ServiceRefusal.formMessages(texts, refusal, FIELDS), typed,
            AttestPage.volunteers(texts, members, typed.volunteerId()), AttestPage.roles(texts, typed.role())));
    }
}
