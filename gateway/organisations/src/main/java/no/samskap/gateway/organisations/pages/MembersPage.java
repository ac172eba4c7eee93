package no.samskap.gateway.organisations.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The members page ({@code pages/members.jte}): the list as the service gives it, and for its admins the open
 * invitations with a withdraw button each, the invitation form, a role change and a remove button per member; every
 * member may leave. A refusal comes back summed up at the top, its field's message beside the field.
 */
public record MembersPage(TemplateTexts t, String csrf, String associationId, String associationName,
                          FormMessages messages, @Nullable Content done, @Nullable Content membersProblem,
                          List<MemberRow> members, boolean admin, List<InvitationRow> invitations, String invitee,
                          List<FormOption> inviteRoles) {

    static final List<String> INVITATION_FIELDS = List.of("invitee", "role");
    private static final List<String> ROLES = List.of("member", "admin");

    /** A member: the role change for admins, the remove button for admins and for the member themself. */
    public record MemberRow(String personId, String name, Content role, Content since, List<FormOption> roles,
                            boolean removable, Content removeLabel) {
    }

    public record InvitationRow(String id, String name, Content role, Content invitedAt) {
    }

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

    static String render(Texts texts, DirectoryEntry association, Viewer viewer,
                         AssociationReads.Answered<List<AssociationReads.Member>> members,
                         List<AssociationReads.OpenInvitation> invitations, Notice notice) {
        var page = new MembersPage(new TemplateTexts(texts), viewer.csrf(), association.id().toString(), association.name(),
            messages(texts, notice),
            notice.done().filter(done -> texts.has("org.members.done." + done))
                .map(done -> html(texts.text("org.members.done." + done))).orElse(null),
            members.value().isPresent() ? null
                : html(texts.text(members.refused() ? "org.members.notYours" : "org.members.unavailable")),
            members.value().orElse(List.of()).stream().map(member -> row(texts, viewer, member)).toList(),
            viewer.admin(), invitations.stream().map(invitation -> invitation(texts, invitation)).toList(),
            notice.invitee(), options(texts, notice.role()));
        return OrganisationTemplates.render("pages/members.jte", page);
    }

    private static FormMessages messages(Texts texts, Notice notice) {
        var byField = new LinkedHashMap<String, String>();
        notice.refusal().filter(refused -> notice.ofInvitation()).ifPresent(refused -> INVITATION_FIELDS.forEach(
            field -> refused.messageFor(field, texts).ifPresent(message -> byField.put(field, message))));
        return FormMessages.of(byField, notice.refusal().flatMap(refused -> notice.ofInvitation()
            ? refused.general(texts, INVITATION_FIELDS) : ofOtherForm(texts, refused, notice.form())));
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

    private static MemberRow row(Texts texts, Viewer viewer, AssociationReads.Member member) {
        var name = member.displayName() == null || member.displayName().isBlank() ? member.personId()
            : member.displayName();
        var self = viewer.subject().equals(member.personId());
        return new MemberRow(member.personId(), name, html(texts.word("org.role", member.role())),
            html(member.addedAt() == null ? "" : texts.date(member.addedAt())), options(texts, member.role()),
            viewer.admin() || self,
            html(self ? texts.text("org.members.leave") : texts.text("org.members.remove", name)));
    }

    private static InvitationRow invitation(Texts texts, AssociationReads.OpenInvitation invitation) {
        var name = invitation.displayName() == null || invitation.displayName().isBlank() ? invitation.inviteeId()
            : invitation.displayName();
        return new InvitationRow(invitation.id(), name, html(texts.word("org.role", invitation.role())),
            html(invitation.invitedAt() == null ? "" : texts.date(invitation.invitedAt())));
    }

    private static List<FormOption> options(Texts texts, String chosen) {
        return ROLES.stream().map(role -> new FormOption(role, html(texts.word("org.role", role)), role.equals(chosen)))
            .toList();
    }
}
