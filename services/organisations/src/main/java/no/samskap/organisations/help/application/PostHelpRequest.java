package no.samskap.organisations.help.application;

import java.time.Instant;
import java.util.List;

/** A request for help as asked for: {@code associationId} null when the municipality's staff ask. */
public record PostHelpRequest(String associationId, String ideaId, String task, Instant startsAt, Instant endsAt,
                              String place, List<String> skills) {
}
