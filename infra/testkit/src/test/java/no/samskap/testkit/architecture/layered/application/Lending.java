package no.samskap.testkit.architecture.layered.application;

import no.samskap.testkit.architecture.layered.domain.Loan;

public interface Lending {

    Loan lend(String book, String borrower);
}
