package no.samskap.gateway.organisations.me;

import io.micronaut.http.HttpParameters;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

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
        var texts = viewer.texts();
        var html = new StringBuilder("<ul class=\"ds-list my-invitations\">\n");
        for (var invitation : invitations.get()) {
            var name = invitation.associationName() == null ? "" : invitation.associationName();
            var accept = "accept-" + escape(invitation.id());
            var refused = viewer.notice().refuses(accept);
            html.append("  <li data-invitation-id=\"").append(escape(invitation.id())).append("\">\n    <p>")
                .append(texts.text("org.me.invitation", name, texts.word("org.role", invitation.role()))
                    .replace(escape(name), "<a class=\"ds-link\" href=\"/foreninger/" + escape(invitation.associationId())
                        + "\">" + escape(name) + "</a>"))
                .append("</p>\n");
            html.append(form(viewer, invitation.id(), "godta", accept, texts.text("org.me.accept", name), "primary",
                refused));
            html.append(form(viewer, invitation.id(), "avsla", "refuse-" + escape(invitation.id()),
                texts.text("org.me.refuse", name), "secondary", false));
            if (refused) {
                html.append("    <p class=\"ds-validation-message\" data-field=\"validation\" id=\"").append(accept)
                    .append("-error\">").append(texts.text(viewer.notice().errorKey())).append("</p>\n");
            }
            html.append("  </li>\n");
        }
        return Optional.of(html.append("</ul>\n").toString());
    }

    @Override
    public Optional<String> confirmation(HttpParameters query) {
        var answered = query.get(CONFIRMATION);
        if ("godtatt".equals(answered)) {
            return Optional.of("org.me.done.accepted");
        }
        return "avslatt".equals(answered) ? Optional.of("org.me.done.refused") : Optional.empty();
    }

    private static String form(MyPageViewer viewer, String invitation, String answer, String buttonId, String text,
                               String variant, boolean refused) {
        return """
                <form method="post" action="/meg/invitasjoner/%s/%s" class="invitation-answer">%s\
            <button class="ds-button" data-variant="%s" type="submit" id="%s"%s>%s</button></form>
            """.formatted(escape(invitation), answer, FormParts.csrf(viewer.csrfToken()), variant, buttonId,
            refused ? " aria-describedby=\"" + buttonId + "-error\"" : "", text);
    }
}
