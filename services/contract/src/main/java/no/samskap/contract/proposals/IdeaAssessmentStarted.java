package no.samskap.contract.proposals;

import java.time.Instant;
import java.time.LocalDate;

/** {@code idea-assessment-started} v1: staff began assessing a published idea and committed to answer by a date (Europe/Oslo). */
public record IdeaAssessmentStarted(String ideaId, String startedBy, LocalDate respondBy, Instant startedAt) {
}
