package no.samskap.testkit.architecture.layered.domain;

public record Loan(String book, String borrower) {
}
