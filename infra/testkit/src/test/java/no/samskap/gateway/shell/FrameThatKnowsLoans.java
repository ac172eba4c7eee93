package no.samskap.gateway.shell;

import no.samskap.gateway.lending.Loans;

public record FrameThatKnowsLoans(Loans loans) {
}
