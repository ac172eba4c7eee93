package no.samskap.organisations.members.domain;

import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationEvent;
import no.samskap.organisations.associations.domain.MemberRole;
import no.samskap.organisations.associations.domain.Membership;
import no.samskap.organisations.associations.domain.Refusal;

import java.time.Instant;
import java.util.Optional;

/**
 * Removing a member and changing a role, under the rule that an association always keeps an admin: the last admin
 * can neither leave, be removed nor be demoted. {@code adminCount} is counted in the transaction of the change.
 */
public final class MembershipChanges {

    private MembershipChanges() {
    }

    public static AssociationEvent.MemberRemoved remove(Association association, Membership member, int adminCount,
                                                        String removedBy, Instant now) {
        if (member.isAdmin() && adminCount <= 1) {
            throw Refusal.conflict(null, member.personId().equals(removedBy)
                ? "the last admin cannot leave; make another member admin first"
                : "the last admin cannot be removed; make another member admin first");
        }
        return new AssociationEvent.MemberRemoved(association, member.personId(), removedBy, now);
    }

    /** The change, or nothing when the member already has the role. */
    public static Optional<AssociationEvent.MemberRoleChanged> changeRole(Association association, Membership member,
                                                                           MemberRole role, int adminCount,
                                                                           String changedBy, Instant now) {
        if (member.role() == role) {
            return Optional.empty();
        }
        if (member.isAdmin() && adminCount <= 1) {
            throw Refusal.conflict("role", "the last admin cannot be made a member; make another member admin first");
        }
        return Optional.of(new AssociationEvent.MemberRoleChanged(association, member.personId(), role, changedBy,
            now));
    }

    public static MemberRole roleFrom(String code) {
        return MemberRole.fromCode(code == null ? "" : code)
            .orElseThrow(() -> Refusal.invalid("role", "must be admin or member"));
    }
}
