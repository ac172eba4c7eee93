package no.samskap.proposals.ideas.application;

import java.time.Instant;
import java.util.UUID;

/** Staff turned a resident's feedback into an idea, as the feedback service's message says. */
public record IdeaFromFeedback(UUID ideaId, UUID feedbackId, String municipality, String title, String body,
                               String serviceArea, String turnedBy, Instant turnedAt) {
}
