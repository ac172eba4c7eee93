package no.samskap.gateway.feedback.pages;

import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** The idea page's panel ({@code ideaFeedback.jte}): each event that realised the idea with what attendees said. */
public record IdeaFeedback(TemplateTexts t, List<Event> events) {

    /** An event by its id and title as the organisers wrote it, and the feedback on it. */
    public record Event(String id, String title, List<EntryView> said) {
    }
}
