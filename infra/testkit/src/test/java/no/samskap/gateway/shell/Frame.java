package no.samskap.gateway.shell;

public record Frame(String title) {
}
