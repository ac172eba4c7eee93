package no.samskap.contract.proposals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code response-date-changed} v1: staff moved the date they committed to answer an idea under assessment by, from
 * {@code previousRespondBy} to {@code respondBy} (Europe/Oslo dates), for a reason the public may read.
 */
public record ResponseDateChanged(String ideaId, String changedBy, LocalDate previousRespondBy, LocalDate respondBy,
                                  String reason, Instant changedAt) {
}
