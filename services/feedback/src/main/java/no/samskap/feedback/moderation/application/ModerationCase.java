package no.samskap.feedback.moderation.application;

import no.samskap.feedback.moderation.domain.FeedbackAppeal;
import no.samskap.feedback.moderation.domain.Hiding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Feedback waiting for a moderator: reported since the last review, or hidden. The reasons of the open reports are
 * shown, never who gave them; the author is not named either, anonymous or not.
 */
public record ModerationCase(UUID feedbackId, UUID eventId, String unit, int rating, String text, String wishNext,
                             Instant givenAt, int openReports, List<String> reportReasons, Hiding hiding,
                             FeedbackAppeal appeal) {
}
