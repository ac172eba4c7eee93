package no.samskap.contract.proposals;

import java.time.Instant;
import java.util.List;

/** {@code idea-edited} v1: the author changed their idea before it was answered; it carries the idea as it now reads. */
public record IdeaEdited(
    String ideaId,
    String editedBy,
    String title,
    String body,
    String serviceArea,
    List<String> strategicValues,
    List<String> targetGroups,
    String costModel,
    String place,
    Instant editedAt) {
}
