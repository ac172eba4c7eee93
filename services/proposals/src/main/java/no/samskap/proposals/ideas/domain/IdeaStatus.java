package no.samskap.proposals.ideas.domain;

public enum IdeaStatus {
    SUBMITTED
}
