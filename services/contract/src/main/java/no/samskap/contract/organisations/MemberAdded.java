package no.samskap.contract.organisations;

import java.time.Instant;

/** A person became a member with {@code role} {@code admin} or {@code member}; {@code addedBy} is who let them in. */
public record MemberAdded(String associationId, String memberId, String role, String addedBy, Instant addedAt) {
}
