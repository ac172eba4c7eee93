package no.samskap.contract.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * {@code feedback-given} v1: a resident gave feedback, either on a completed event ({@code eventId} set) or on one of
 * the municipality's service units ({@code unit}, a service-area code of {@code municipality-described}, such as
 * {@code bibliotek}); one of the two is null. {@code rating} is 1–5; {@code wishNext} answers "what would you like
 * next?" and may be null. {@code anonymous} means the author asked to be unknown to staff; no message names the
 * author in any case. {@code respondBy} is the date the municipality commits to answer by.
 */
public record FeedbackGiven(String feedbackId, String municipality, String eventId, String unit, int rating,
                            String text, String wishNext, boolean anonymous, LocalDate respondBy,
                            Instant givenAt) {
}
