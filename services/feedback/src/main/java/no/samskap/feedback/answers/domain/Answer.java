package no.samskap.feedback.answers.domain;

import java.time.Instant;

/**
 * The municipality's answer to a piece of feedback, public or for the author only. {@code onTime} says whether it
 * came by the date the municipality committed to.
 */
public record Answer(String text, boolean publicAnswer, String answeredBy, Instant answeredAt, boolean onTime) {
}
