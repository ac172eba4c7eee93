package no.samskap.contract.feedback;

import java.time.Instant;

/**
 * {@code feedback-turned-into-idea} v1: with the author's consent, staff turned the feedback (usually its "what would
 * you like next?") into an idea. The feedback service draws {@code ideaId}; the proposals service creates the idea
 * under that id, published, with {@code turnedBy} (the staff member's subject id) as its author and a link back to
 * {@code feedbackId}. The feedback's author is never named: the feedback service tells them itself when the idea is
 * realised.
 */
public record FeedbackTurnedIntoIdea(String feedbackId, String ideaId, String municipality, String title,
                                     String body, String serviceArea, String eventId, String turnedBy,
                                     Instant turnedAt) {
}
