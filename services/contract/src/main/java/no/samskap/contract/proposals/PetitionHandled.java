package no.samskap.contract.proposals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code petition-handled} v1: staff recorded what became of the innbyggerforslag. {@code outcome} {@code treated}: the
 * council took a position at its meeting of {@code meetingDate}, {@code text} is its decision and {@code caseUrl} links
 * the case; {@code refused}: the council treated the matter in the same election period, {@code text} says so and the
 * date and link are null. Names nobody.
 */
public record PetitionHandled(String ideaId, String outcome, LocalDate meetingDate, String text,
                              String caseUrl, Instant handledAt) {
}
