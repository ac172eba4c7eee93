package no.samskap.gateway.events.organisers;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** The inbox's ended events ({@code organisers/toComplete.jte}), each with the button that completes it. */
public record EventsToComplete(TemplateTexts t, String csrf, List<Line> events) {

    /** An ended event: {@code ended} says when, in the page's words. */
    public record Line(String id, String title, Content ended) {
    }
}
