package no.samskap.organisations.members.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.organisations.associations.application.Register;
import no.samskap.organisations.associations.domain.Membership;
import no.samskap.organisations.members.application.MemberInvitations;
import no.samskap.organisations.members.application.Memberships;
import no.samskap.organisations.members.domain.Invitation;
import no.samskap.organisations.people.domain.Person;

import java.time.Instant;

/** What the member, invitation and register-role routes answer; names are shown only to who may see the members. */
final class MemberViews {

    private MemberViews() {
    }

    @Serdeable
    record Member(String personId, String displayName, String username, String role, Instant addedAt) {

        static Member of(Membership membership, @Nullable Person person) {
            var username = person == null ? membership.personId() : person.username();
            var name = person == null ? membership.personId() : person.nameToShow();
            return new Member(membership.personId(), name, username, membership.role().code(), membership.addedAt());
        }

        static Member of(Memberships.Listed listed) {
            return of(listed.membership(), listed.person());
        }
    }

    @Serdeable
    record SentInvitation(String id, String associationId, String inviteeId, String role, Instant invitedAt) {

        static SentInvitation of(Invitation invitation) {
            return new SentInvitation(invitation.id().toString(), invitation.associationId().toString(),
                invitation.inviteeId(), invitation.role().code(), invitation.invitedAt());
        }
    }

    @Serdeable
    record OpenInvitation(String id, String associationId, String inviteeId, String displayName, String username,
                          String role, Instant invitedAt) {

        static OpenInvitation of(MemberInvitations.ToPerson open) {
            var invitation = open.invitation();
            var person = open.invitee();
            return new OpenInvitation(invitation.id().toString(), invitation.associationId().toString(),
                invitation.inviteeId(), person == null ? invitation.inviteeId() : person.nameToShow(),
                person == null ? invitation.inviteeId() : person.username(), invitation.role().code(),
                invitation.invitedAt());
        }
    }

    @Serdeable
    record MyInvitation(String id, String associationId, String associationName, String role, Instant invitedAt) {

        static MyInvitation of(MemberInvitations.ToAssociation open) {
            var invitation = open.invitation();
            return new MyInvitation(invitation.id().toString(), invitation.associationId().toString(),
                open.association().name(), invitation.role().code(), invitation.invitedAt());
        }
    }

    @Serdeable
    record MyAssociation(String associationId, String name, String role, boolean verified) {

        static MyAssociation of(Memberships.InAssociation membership) {
            var association = membership.association();
            return new MyAssociation(association.id().toString(), association.name(),
                membership.membership().role().code(), association.isVerified());
        }

        static MyAssociation of(MemberInvitations.ToAssociation accepted) {
            var association = accepted.association();
            return new MyAssociation(association.id().toString(), association.name(),
                accepted.invitation().role().code(), association.isVerified());
        }
    }

    @Serdeable
    record RegisterRole(String roleCode, String roleDescription, String personName, boolean resigned) {

        static RegisterRole of(Register.BoardRole role) {
            return new RegisterRole(role.roleCode(), role.roleDescription(), role.personName(), role.resigned());
        }
    }

    @Serdeable
    record Invite(@Nullable String invitee, @Nullable String role) {
    }

    @Serdeable
    record RoleChange(@Nullable String role) {
    }
}
