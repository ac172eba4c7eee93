package no.samskap.organisations.associations.domain;

import java.time.Instant;

/** What happened to an association or its membership; the application hands each to the outbox. */
public sealed interface AssociationEvent {

    Association association();

    Instant occurredAt();

    record Registered(Association association, Instant occurredAt) implements AssociationEvent {
    }

    record Checked(Association association, Instant occurredAt) implements AssociationEvent {
    }

    record Verified(Association association, String verifiedBy, Instant occurredAt) implements AssociationEvent {
    }

    record Updated(Association association, String updatedBy, Instant occurredAt) implements AssociationEvent {
    }

    record MemberAdded(Association association, Membership membership, Instant occurredAt)
        implements AssociationEvent {
    }

    record MemberRemoved(Association association, String memberId, String removedBy, Instant occurredAt)
        implements AssociationEvent {
    }

    record MemberRoleChanged(Association association, String memberId, MemberRole role, String changedBy,
                             Instant occurredAt) implements AssociationEvent {
    }
}
