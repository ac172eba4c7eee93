package no.samskap.proposals;

public record SomethingOfTheProposals() {
}
