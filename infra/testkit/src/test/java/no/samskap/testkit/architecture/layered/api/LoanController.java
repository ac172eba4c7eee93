package no.samskap.testkit.architecture.layered.api;

import no.samskap.testkit.architecture.layered.application.Lending;
import no.samskap.testkit.architecture.layered.domain.Loan;

public record LoanController(Lending lending) {

    public Loan lend(String book, String borrower) {
        return lending.lend(book, borrower);
    }
}
