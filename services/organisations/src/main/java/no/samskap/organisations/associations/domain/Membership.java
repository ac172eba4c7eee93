package no.samskap.organisations.associations.domain;

import java.time.Instant;

/** A person's place in an association. */
public record Membership(AssociationId associationId, String personId, MemberRole role, String addedBy,
                         Instant addedAt) {

    public boolean isAdmin() {
        return role == MemberRole.ADMIN;
    }
}
