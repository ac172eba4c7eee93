package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

import static no.samskap.gateway.shell.web.Html.escape;

/** The association's invitations still waiting for an answer, each with the button that withdraws it. */
final class OpenInvitationsView {

    private OpenInvitationsView() {
    }

    static String render(Texts texts, DirectoryEntry association, MembersView.Viewer viewer,
                         List<AssociationReads.OpenInvitation> invitations) {
        var html = new StringBuilder("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"open-invitations\">")
            .append(texts.text("org.members.invitations")).append("</h2>\n");
        if (invitations.isEmpty()) {
            return html.append("<p id=\"no-open-invitations\">").append(texts.text("org.members.noInvitations"))
                .append("</p>\n").toString();
        }
        html.append("""
            <table class="ds-table open-invitations" aria-labelledby="open-invitations">
              <thead><tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead>
              <tbody>
            """.formatted(texts.text("org.members.name"), texts.text("org.members.role"),
            texts.text("org.members.invitedAt"), texts.text("org.members.actions")));
        for (var invitation : invitations) {
            var name = invitation.displayName() == null || invitation.displayName().isBlank() ? invitation.inviteeId()
                : invitation.displayName();
            html.append("    <tr data-invitation-id=\"").append(escape(invitation.id())).append("\"><td>")
                .append(escape(name)).append("</td><td>").append(texts.word("org.role", invitation.role()))
                .append("</td><td>").append(invitation.invitedAt() == null ? "" : texts.date(invitation.invitedAt()))
                .append("</td><td>").append(withdrawForm(texts, association, viewer, invitation.id(), name))
                .append("</td></tr>\n");
        }
        return html.append("  </tbody>\n</table>\n").toString();
    }

    private static String withdrawForm(Texts texts, DirectoryEntry association, MembersView.Viewer viewer,
                                       String invitation, String name) {
        return ("<form method=\"post\" action=\"/foreninger/%s/medlemmer/invitasjoner/%s/tilbaketrekking\""
            + " class=\"withdraw-form\">%s%s</form>").formatted(association.id(), escape(invitation),
            FormParts.csrf(viewer.csrf()), FormParts.button(texts.text("org.members.withdraw", name), "tertiary"));
    }
}
