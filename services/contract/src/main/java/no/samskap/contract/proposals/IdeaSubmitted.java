package no.samskap.contract.proposals;

import java.time.Instant;
import java.util.List;

/**
 * {@code idea-submitted} v1: a resident submitted an idea. {@code strategicValues}, {@code targetGroups},
 * {@code costModel} and {@code place} came later within v1, so older messages lack them and they may be null.
 * {@code originFeedbackId}, also later within v1, names the feedback staff turned into the idea (its author is then
 * the staff member); null for a resident's own idea and in older messages.
 */
public record IdeaSubmitted(
    String ideaId,
    String authorId,
    String title,
    String body,
    String serviceArea,
    Instant submittedAt,
    List<String> strategicValues,
    List<String> targetGroups,
    String costModel,
    String place,
    String originFeedbackId) {

    /** The message as it was before the classifications joined it. */
    public IdeaSubmitted(String ideaId, String authorId, String title, String body, String serviceArea,
                         Instant submittedAt) {
        this(ideaId, authorId, title, body, serviceArea, submittedAt, null, null, null, null, null);
    }

    /** The message as it was before it could come from feedback. */
    public IdeaSubmitted(String ideaId, String authorId, String title, String body, String serviceArea,
                         Instant submittedAt, List<String> strategicValues, List<String> targetGroups,
                         String costModel, String place) {
        this(ideaId, authorId, title, body, serviceArea, submittedAt, strategicValues, targetGroups, costModel, place,
            null);
    }
}
