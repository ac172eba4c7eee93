package no.samskap.feedback.feedback.domain;

/** Who gave the feedback: their subject id, and their name as their token gave it then (null when it gave none). */
public record Author(String id, String name) {
}
