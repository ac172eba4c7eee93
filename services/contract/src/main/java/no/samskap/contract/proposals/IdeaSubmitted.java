package no.samskap.contract.proposals;

import java.time.Instant;
import java.util.List;

/**
 * {@code idea-submitted} v1: a resident submitted an idea. {@code strategicValues}, {@code targetGroups},
 * {@code costModel} and {@code place} came later within v1, so older messages lack them and they may be null.
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
    String place) {

    /** The message as it was before the classifications joined it. */
    public IdeaSubmitted(String ideaId, String authorId, String title, String body, String serviceArea,
                         Instant submittedAt) {
        this(ideaId, authorId, title, body, serviceArea, submittedAt, null, null, null, null);
    }
}
