package no.samskap.seeds;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A resident's demo feedback on a completed demo event ({@code event}, its title) or on a service unit of the
 * municipality ({@code unit}, a service-area code), with the municipality's answer if it has one, and the idea staff
 * made of it with the author's consent.
 */
public record DemoFeedback(String municipality, String event, String unit, String author, int rating, String text,
                           String wishNext, boolean anonymous, boolean ideaConsent, Answer answer, Idea idea) {

    /** {@code public}: shown to everyone, or to the author only. */
    public record Answer(String text, @JsonProperty("public") boolean isPublic) {
    }

    public record Idea(String title, String body, String serviceArea) {
    }

    public boolean onEvent() {
        return event != null;
    }

    /** What the feedback is about, for messages: the event's title or the unit's code. */
    public String about() {
        return onEvent() ? "'" + event + "'" : "the unit " + unit + " of " + municipality;
    }
}
