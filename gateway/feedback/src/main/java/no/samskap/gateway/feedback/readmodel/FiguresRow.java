package no.samskap.gateway.feedback.readmodel;

/** The figures of one event or unit ({@code subject} {@code event} or {@code unit}, {@code key} its id or code). */
public record FiguresRow(String subject, String key, String name, Summary summary) {
}
