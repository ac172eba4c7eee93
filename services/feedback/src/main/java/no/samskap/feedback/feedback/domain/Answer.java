package no.samskap.feedback.feedback.domain;

import java.time.Instant;

/** The municipality's answer to a piece of feedback: public, or for the author's eyes only. */
public record Answer(String text, boolean publicAnswer, Instant answeredAt, boolean onTime) {
}
