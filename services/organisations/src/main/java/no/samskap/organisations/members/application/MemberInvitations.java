package no.samskap.organisations.members.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.application.AssociationMessages;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationEvent;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.organisations.associations.domain.Members;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.members.domain.Invitation;
import no.samskap.organisations.members.domain.Invitations;
import no.samskap.organisations.members.domain.MembershipChanges;
import no.samskap.organisations.people.application.KnownPeople;
import no.samskap.organisations.people.domain.Person;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An admin invites a person who has signed in to Samskap, by username or e-mail, and the person accepts (and becomes
 * a member in the invited role) or refuses; the admin who invited is told the answer. Until then any admin of the
 * association may withdraw the invitation, and the invitee is told.
 */
@Singleton
public class MemberInvitations {

    private final AssociationRights rights;
    private final Associations associations;
    private final Members members;
    private final Invitations invitations;
    private final KnownPeople people;
    private final AssociationMessages messages;
    private final MemberNotices notices;
    private final Clock clock;

    MemberInvitations(AssociationRights rights, Associations associations, Members members, Invitations invitations,
                      KnownPeople people, AssociationMessages messages, MemberNotices notices, Clock clock) {
        this.rights = rights;
        this.associations = associations;
        this.members = members;
        this.invitations = invitations;
        this.people = people;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    /** An open invitation with the association it is to. */
    public record ToAssociation(Invitation invitation, Association association) {
    }

    /** An open invitation with the person it is for. */
    public record ToPerson(Invitation invitation, Person invitee) {
    }

    @Transactional
    public Invitation invite(SignedInPerson admin, String associationId, String invitee, String roleCode) {
        var association = rights.requireAdmin(associationId, admin);
        var role = MembershipChanges.roleFrom(roleCode);
        var person = people.invitee(invitee);
        if (members.find(association.id(), person.subject()).isPresent()) {
            throw Refusal.conflict("invitee", "this person is already a member of the association");
        }
        var invitation = Invitation.issue(association.id(), person.subject(), role, admin.subject(), clock.instant());
        if (!invitations.addIfNoneOpen(invitation)) {
            throw Refusal.conflict("invitee", "this person already has an open invitation to the association");
        }
        notices.tell(person.subject(), association, MemberNotices.INVITED, role.code(), invitation.invitedAt());
        return invitation;
    }

    @Transactional
    public ToAssociation accept(SignedInPerson invitee, String invitationId) {
        var invitation = openedBy(invitee, invitationId);
        var acceptance = invitation.accept(invitee.subject(), clock.instant());
        var association = associationOf(invitation);
        if (members.find(association.id(), invitee.subject()).isPresent()) {
            throw Refusal.conflict("invitee", "you are already a member of the association");
        }
        invitations.answer(acceptance.invitation());
        members.add(acceptance.membership());
        messages.publish(new AssociationEvent.MemberAdded(association, acceptance.membership(),
            acceptance.membership().addedAt()));
        tellTheInviter(acceptance.invitation(), association, MemberNotices.INVITATION_ACCEPTED);
        return new ToAssociation(acceptance.invitation(), association);
    }

    @Transactional
    public void refuse(SignedInPerson invitee, String invitationId) {
        var refused = openedBy(invitee, invitationId).refuse(invitee.subject(), clock.instant());
        invitations.answer(refused);
        tellTheInviter(refused, associationOf(refused), MemberNotices.INVITATION_REFUSED);
    }

    /** Any admin of the association withdraws an open invitation of it; {@code 409} once it is answered. */
    @Transactional
    public void withdraw(SignedInPerson admin, String associationId, String invitationId) {
        var association = rights.requireAdmin(associationId, admin);
        var withdrawn = parse(invitationId).flatMap(invitations::findForAnswer)
            .filter(invitation -> invitation.associationId().equals(association.id()))
            .orElseThrow(() -> Refusal.notFound("no invitation " + invitationId + " to the association"))
            .withdraw(clock.instant());
        invitations.answer(withdrawn);
        notices.tell(withdrawn.inviteeId(), association, MemberNotices.INVITATION_WITHDRAWN, withdrawn.role().code(),
            withdrawn.answeredAt());
    }

    @Transactional(readOnly = true)
    public List<ToAssociation> openFor(SignedInPerson invitee) {
        return invitations.openFor(invitee.subject()).stream()
            .map(invitation -> new ToAssociation(invitation, associationOf(invitation))).toList();
    }

    @Transactional(readOnly = true)
    public List<ToPerson> openIn(SignedInPerson admin, String associationId) {
        var association = rights.requireAdmin(associationId, admin);
        var open = invitations.openIn(association.id());
        var invitees = people.bySubject(open.stream().map(Invitation::inviteeId).toList());
        return open.stream().map(invitation -> new ToPerson(invitation, invitees.get(invitation.inviteeId())))
            .toList();
    }

    private Invitation openedBy(SignedInPerson invitee, String invitationId) {
        return parse(invitationId).flatMap(invitations::findForAnswer)
            .filter(invitation -> invitation.inviteeId().equals(invitee.subject()))
            .orElseThrow(() -> Refusal.notFound("no invitation " + invitationId + " to you"));
    }

    private void tellTheInviter(Invitation answered, Association association, String kind) {
        notices.tell(answered.invitedBy(), association, kind, answered.role().code(), answered.answeredAt());
    }

    private Association associationOf(Invitation invitation) {
        return associations.find(invitation.associationId()).orElseThrow();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
