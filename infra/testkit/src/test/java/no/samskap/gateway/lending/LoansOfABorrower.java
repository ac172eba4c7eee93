package no.samskap.gateway.lending;

import no.samskap.gateway.borrowing.Borrowers;

public record LoansOfABorrower(Borrowers borrowers) {
}
