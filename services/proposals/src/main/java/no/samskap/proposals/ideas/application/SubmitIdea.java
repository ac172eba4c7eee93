package no.samskap.proposals.ideas.application;

import java.util.List;

/** A resident's request to submit an idea, as the application layer receives it; null means left out. */
public record SubmitIdea(String municipality, String authorId, String title, String body, String serviceArea,
                         List<String> strategicValues, List<String> targetGroups, String costModel, String place) {
}
