package no.samskap.contract.organisations;

import java.time.Instant;
import java.util.List;

/**
 * Staff or an association ({@code associationId}, else null) asked for help with a task between {@code startsAt} and
 * {@code endsAt}, needing any of {@code skills}; {@code ideaId} is set when the task belongs to an idea. The task's
 * wording and place are read from the service's API.
 */
public record HelpRequested(String requestId, String associationId, String ideaId, List<String> skills,
                            Instant startsAt, Instant endsAt, String requestedBy, Instant requestedAt) {
}
