package no.samskap.proposals.ideas.application;

/** A resident's request to submit an idea, as the application layer receives it. */
public record SubmitIdea(String municipality, String authorId, String title, String body, String serviceArea) {
}
