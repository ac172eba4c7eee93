package no.samskap.gateway.lending;

import no.samskap.proposals.SomethingOfTheProposals;

public record ReachesIntoProposals(SomethingOfTheProposals borrowed) {
}
