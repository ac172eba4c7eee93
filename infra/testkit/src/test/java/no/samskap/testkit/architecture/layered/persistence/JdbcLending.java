package no.samskap.testkit.architecture.layered.persistence;

import no.samskap.testkit.architecture.layered.application.Lending;
import no.samskap.testkit.architecture.layered.domain.Loan;

public final class JdbcLending implements Lending {

    @Override
    public Loan lend(String book, String borrower) {
        return new Loan(book, borrower);
    }
}
