package no.samskap.contract.organisations;

import java.time.Instant;

/** An admin changed a member's role to {@code role} ({@code admin} or {@code member}). */
public record MemberRoleChanged(String associationId, String memberId, String role, String changedBy,
                                Instant changedAt) {
}
