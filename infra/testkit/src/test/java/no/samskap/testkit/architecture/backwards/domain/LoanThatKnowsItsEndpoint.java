package no.samskap.testkit.architecture.backwards.domain;

import no.samskap.testkit.architecture.backwards.api.LoanEndpoint;

public record LoanThatKnowsItsEndpoint(LoanEndpoint endpoint) {
}
