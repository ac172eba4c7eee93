package no.samskap.gateway.lending;

final class LoansWithBorrowers {

    static final String JOINED = """
        select loan.book, borrower.name
          from loan join borrower on borrower.id = loan.borrower""";

    private LoansWithBorrowers() {
    }
}
