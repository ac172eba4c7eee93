package no.samskap.contract.feedback;

import java.time.Instant;

/**
 * {@code feedback-hidden} v1: the feedback left the public view, hidden by a moderator or by reaching the
 * municipality's report threshold (pending review), or because its author was blocked. {@code cause} is a
 * {@code HidingCause} code ({@code moderation}, {@code author-blocked}); {@code reason} is shown to the author.
 * The reports themselves and who made them never travel.
 */
public record FeedbackHidden(String feedbackId, String reason, String cause, Instant hiddenAt) {
}
