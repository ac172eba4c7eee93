package no.samskap.contract.organisations;

import java.time.Instant;

/** A member left or an admin removed them ({@code removedBy} tells which). */
public record MemberRemoved(String associationId, String memberId, String removedBy, Instant removedAt) {
}
