package no.samskap.organisations.members.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.organisations.associations.application.AssociationMessages;
import no.samskap.organisations.associations.application.AssociationRights;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.organisations.associations.domain.Members;
import no.samskap.organisations.associations.domain.Membership;
import no.samskap.organisations.associations.domain.Refusal;
import no.samskap.organisations.members.domain.MembershipChanges;
import no.samskap.organisations.people.application.KnownPeople;
import no.samskap.organisations.people.domain.Person;
import no.samskap.platform.security.SignedInPerson;

import java.time.Clock;
import java.util.List;

/**
 * The members of an association: who they are, admins changing roles and removing members, members leaving. An
 * association always keeps an admin; the admins are counted and locked in the transaction of each change.
 */
@Singleton
public class Memberships {

    private final AssociationRights rights;
    private final Associations associations;
    private final Members members;
    private final KnownPeople people;
    private final AssociationMessages messages;
    private final MemberNotices notices;
    private final Clock clock;

    Memberships(AssociationRights rights, Associations associations, Members members, KnownPeople people,
                AssociationMessages messages, MemberNotices notices, Clock clock) {
        this.rights = rights;
        this.associations = associations;
        this.members = members;
        this.people = people;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock;
    }

    /** A member and who they are; the person is null only if they were never recorded here. */
    public record Listed(Membership membership, Person person) {
    }

    /** One of a person's memberships with its association. */
    public record InAssociation(Membership membership, Association association) {
    }

    @Transactional(readOnly = true)
    public List<Listed> of(SignedInPerson viewer, String associationId) {
        var association = rights.requireMemberOrStaff(associationId, viewer);
        var listed = members.of(association.id());
        var known = people.bySubject(listed.stream().map(Membership::personId).toList());
        return listed.stream().map(member -> new Listed(member, known.get(member.personId()))).toList();
    }

    @Transactional(readOnly = true)
    public List<InAssociation> ofPerson(SignedInPerson person) {
        return members.ofPerson(person.subject()).stream()
            .map(membership -> new InAssociation(membership,
                associations.find(membership.associationId()).orElseThrow()))
            .toList();
    }

    @Transactional
    public Listed changeRole(SignedInPerson admin, String associationId, String personId, String roleCode) {
        var association = rights.requireAdmin(associationId, admin);
        var role = MembershipChanges.roleFrom(roleCode);
        var member = memberOf(association, personId);
        var now = clock.instant();
        var changed = MembershipChanges.changeRole(association, member, role, members.adminCount(association.id()),
            admin.subject(), now);
        changed.ifPresent(change -> {
            members.changeRole(association.id(), personId, role);
            messages.publish(change);
            if (!personId.equals(admin.subject())) {
                notices.tell(personId, association, MemberNotices.ROLE_CHANGED, role.code(), now);
            }
        });
        return new Listed(new Membership(member.associationId(), personId, role, member.addedBy(), member.addedAt()),
            people.bySubject(personId).orElse(null));
    }

    /** An admin removes anyone; a member may remove only themselves (leave). */
    @Transactional
    public void remove(SignedInPerson person, String associationId, String personId) {
        var association = rights.existing(associationId);
        var leaving = person.subject().equals(personId);
        if (!leaving && !rights.isAdmin(association.id(), person.subject())) {
            throw Refusal.forbidden("only an admin of the association may remove another member");
        }
        var member = memberOf(association, personId);
        var now = clock.instant();
        var removed = MembershipChanges.remove(association, member, members.adminCount(association.id()),
            person.subject(), now);
        members.remove(association.id(), personId);
        messages.publish(removed);
        if (!leaving) {
            notices.tell(personId, association, MemberNotices.REMOVED, "", now);
        }
    }

    private Membership memberOf(Association association, String personId) {
        return members.find(association.id(), personId)
            .orElseThrow(() -> Refusal.notFound("no member " + personId + " in the association"));
    }
}
