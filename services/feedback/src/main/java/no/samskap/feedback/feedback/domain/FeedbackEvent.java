package no.samskap.feedback.feedback.domain;

import java.time.Instant;

/** What happened to a piece of feedback; the application hands each to the outbox as a message of the contract. */
public sealed interface FeedbackEvent {

    Feedback feedback();

    Instant occurredAt();

    record Given(Feedback feedback, Instant occurredAt) implements FeedbackEvent {
    }

    record Edited(Feedback feedback, Instant occurredAt) implements FeedbackEvent {
    }

    record Withdrawn(Feedback feedback, Instant occurredAt) implements FeedbackEvent {
    }
}
