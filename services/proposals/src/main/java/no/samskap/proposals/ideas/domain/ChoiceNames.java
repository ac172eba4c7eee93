package no.samskap.proposals.ideas.domain;

/** What a choice is called in bokmål, nynorsk and English; none may be left out, so no page falls back to bokmål. */
public record ChoiceNames(String nb, String nn, String en) {
}
