package no.samskap.gateway.organisations.pages;

import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The members page: the list as the service gives it, and for its admins the open invitations with a withdraw button
 * each, the invitation form, a role change and a remove button per member; every member may leave. A refusal comes back summed up at the top, its field's message
 * beside the field.
 */
final class MembersView {

    static final List<FormParts.Field> INVITATION_FIELDS = List.of(
        new FormParts.Field("invitee", "org.field.invitee", null, "autocomplete=\"off\" required maxlength=\"200\""),
        new FormParts.Field("role", "org.field.role", null, ""));

    /** Who looks: their subject, and whether they are an admin of the association. */
    record Viewer(String subject, boolean admin, String csrf) {
    }

    /** The forms of the page: inviting, a member's role or removal, withdrawing an invitation. */
    enum Form { INVITATION, MEMBER, WITHDRAWAL }

    /**
     * What the page says after a form: the done key, or a refusal of the invitation form (with what was typed in it),
     * of a member's role or remove form or of a withdrawal, which is summed up at the top alone.
     */
    record Notice(Optional<String> done, Optional<Refusal> refusal, Form form, String invitee, String role) {

        static Notice done(Optional<String> done) {
            return new Notice(done, Optional.empty(), Form.MEMBER, "", "member");
        }

        boolean ofInvitation() {
            return form == Form.INVITATION;
        }
    }

    private MembersView() {
    }

    static String render(Texts texts, DirectoryEntry association, Viewer viewer,
                         AssociationReads.Answered<List<AssociationReads.Member>> members,
                         List<AssociationReads.OpenInvitation> invitations, Notice notice) {
        var messages = new LinkedHashMap<String, String>();
        notice.refusal().filter(refused -> notice.ofInvitation()).ifPresent(refused -> INVITATION_FIELDS.forEach(
            field -> refused.messageFor(field.name(), texts).ifPresent(message -> messages.put(field.name(), message))));
        var general = notice.refusal().flatMap(refused -> notice.ofInvitation()
            ? refused.general(texts, FormParts.names(INVITATION_FIELDS)) : ofOtherForm(texts, refused, notice.form()));
        var html = new StringBuilder("<h1 class=\"ds-heading\">" + texts.text("org.members.heading",
            association.name()) + "</h1>\n");
        html.append(FormParts.errorSummary(texts, messages, general));
        notice.done().filter(done -> texts.has("org.members.done." + done)).ifPresent(done -> html.append(
            "<div class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"done\"><p>")
            .append(texts.text("org.members.done." + done)).append("</p></div>\n"));
        if (members.value().isEmpty()) {
            html.append("<p id=\"members-unavailable\">").append(texts.text(members.refused()
                ? "org.members.notYours" : "org.members.unavailable")).append("</p>\n");
        } else {
            html.append(table(texts, association, viewer, members.value().get()));
        }
        if (viewer.admin()) {
            html.append(OpenInvitationsView.render(texts, association, viewer, invitations));
            html.append(invitation(texts, association, viewer, notice, messages));
        }
        return html.append("<p><a class=\"ds-link\" href=\"/foreninger/").append(association.id()).append("\">")
            .append(texts.text("org.members.back", association.name())).append("</a></p>").toString();
    }

    /** A role, remove or withdraw form has no field of its own: the service's reason is summed up at the top. */
    private static Optional<String> ofOtherForm(Texts texts, Refusal refused, Form form) {
        var role = refused.messageFor("role", texts);
        if (role.isPresent()) {
            return role;
        }
        if (refused.status() == 409 && refused.errors().isEmpty()) {
            return Optional.of(texts.text(form == Form.WITHDRAWAL ? "org.problem.invitation-answered"
                : "org.problem.last-admin"));
        }
        return refused.general(texts, List.of());
    }

    private static String table(Texts texts, DirectoryEntry association, Viewer viewer,
                                List<AssociationReads.Member> members) {
        var html = new StringBuilder("""
            <table class="ds-table members">
              <thead><tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead>
              <tbody>
            """.formatted(texts.text("org.members.name"), texts.text("org.members.role"), texts.text("org.members.since"),
            texts.text("org.members.actions")));
        for (var member : members) {
            var name = member.displayName() == null || member.displayName().isBlank() ? member.personId()
                : member.displayName();
            html.append("    <tr data-person-id=\"").append(escape(member.personId())).append("\"><td>")
                .append(escape(name)).append("</td><td>").append(texts.word("org.role", member.role())).append("</td><td>")
                .append(member.addedAt() == null ? "" : texts.date(member.addedAt())).append("</td>");
            var actions = new StringBuilder();
            if (viewer.admin()) {
                actions.append(roleForm(texts, association, viewer, member, name));
            }
            if (viewer.admin() || viewer.subject().equals(member.personId())) {
                actions.append(removeForm(texts, association, viewer, member, name));
            }
            html.append("<td>").append(actions).append("</td></tr>\n");
        }
        return html.append("  </tbody>\n</table>\n").toString();
    }

    private static String roleForm(Texts texts, DirectoryEntry association, Viewer viewer,
                                   AssociationReads.Member member, String name) {
        var field = "role-" + escape(member.personId());
        var options = new StringBuilder();
        for (var role : List.of("member", "admin")) {
            options.append("<option value=\"").append(role).append('"').append(role.equals(member.role()) ? " selected" : "")
                .append('>').append(texts.word("org.role", role)).append("</option>");
        }
        return """
            <form method="post" action="/foreninger/%s/medlemmer/%s/rolle" class="role-form">%s\
            <label class="ds-label" for="%s">%s</label> <select class="ds-input" id="%s" name="role">%s</select> %s</form>"""
            .formatted(association.id(), escape(member.personId()), FormParts.csrf(viewer.csrf()), field,
                texts.text("org.members.roleOf", name), field, options,
                FormParts.button(texts.text("org.members.changeRole"), "secondary"));
    }

    private static String removeForm(Texts texts, DirectoryEntry association, Viewer viewer,
                                     AssociationReads.Member member, String name) {
        var text = viewer.subject().equals(member.personId()) ? texts.text("org.members.leave")
            : texts.text("org.members.remove", name);
        return "<form method=\"post\" action=\"/foreninger/%s/medlemmer/%s/fjerning\" class=\"remove-form\">%s%s</form>"
            .formatted(association.id(), escape(member.personId()), FormParts.csrf(viewer.csrf()),
                FormParts.button(text, "tertiary"));
    }

    private static String invitation(Texts texts, DirectoryEntry association, Viewer viewer, Notice notice,
                                     Map<String, String> messages) {
        var roles = new LinkedHashMap<String, String>();
        roles.put("member", texts.word("org.role", "member"));
        roles.put("admin", texts.word("org.role", "admin"));
        return """
            <h2 class="ds-heading" data-size="sm" id="invite-heading">%s</h2>
            <form method="post" action="/foreninger/%s/medlemmer/invitasjoner" class="invite-form" aria-labelledby="invite-heading">
              %s
            %s
            %s
              %s
            </form>
            """.formatted(texts.text("org.members.invite"), association.id(), FormParts.csrf(viewer.csrf()),
            FormParts.input(texts, INVITATION_FIELDS.get(0), notice.invitee(),
                Optional.ofNullable(messages.get("invitee"))).indent(2).stripTrailing(),
            FormParts.select(texts, INVITATION_FIELDS.get(1), roles, notice.role(),
                Optional.ofNullable(messages.get("role"))).indent(2).stripTrailing(),
            FormParts.button(texts.text("org.members.inviteSubmit"), "primary"));
    }
}
