package no.samskap.gateway.organisations.me;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.Optional;

/**
 * "Invitasjoner": the invitations to associations waiting for the person's answer, asked live (no message carries
 * them), each with a form to accept and one to decline. Left out when there are none or the service does not answer.
 */
@Singleton
final class InvitationsSection implements MyPageSection {

    static final String ANCHOR = "my-invitations";
    static final String CONFIRMATION = "forening";

    private final AssociationReads reads;

    InvitationsSection(AssociationReads reads) {
        this.reads = reads;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "org.me.invitations", 55);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var invitations = ServerRequestContext.currentRequest().map(reads::invitations)
            .flatMap(AssociationReads.Answered::value).filter(list -> !list.isEmpty());
        if (invitations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OrganisationTemplates.render("me/invitations.jte", new Invitations(
            new TemplateTexts(viewer.texts()), viewer.csrfToken(), viewer.notice(), invitations.get().stream()
            .map(invitation -> Invitations.row(viewer.texts(), invitation)).toList())));
    }

    @Override
    public Optional<String> confirmation(HttpParameters query) {
        var answered = query.get(CONFIRMATION);
        if ("godtatt".equals(answered)) {
            return Optional.of("org.me.done.accepted");
        }
        return "avslatt".equals(answered) ? Optional.of("org.me.done.refused") : Optional.empty();
    }
}
