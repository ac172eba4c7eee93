package no.samskap.testkit.architecture.backwards.api;

public record LoanEndpoint(String path) {
}
