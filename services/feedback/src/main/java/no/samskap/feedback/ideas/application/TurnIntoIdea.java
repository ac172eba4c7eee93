package no.samskap.feedback.ideas.application;

/** Staff's wording of the idea they make of a piece of feedback; null means left out. */
public record TurnIntoIdea(String title, String body, String serviceArea) {
}
