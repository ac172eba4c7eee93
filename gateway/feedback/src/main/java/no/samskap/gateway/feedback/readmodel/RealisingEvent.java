package no.samskap.gateway.feedback.readmodel;

import java.time.Instant;

/** A published event that realises an idea made of feedback. */
public record RealisingEvent(String id, String title, Instant startsAt) {
}
