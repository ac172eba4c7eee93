package no.samskap.proposals.ideas.application;

import java.util.List;

/** The author's changes to their idea; each field left out (null) stays as it was, and {@code clearPlace} removes the place. */
public record EditIdea(String ideaId, String title, String body, String serviceArea, List<String> strategicValues,
                       List<String> targetGroups, String costModel, String place, boolean clearPlace) {
}
