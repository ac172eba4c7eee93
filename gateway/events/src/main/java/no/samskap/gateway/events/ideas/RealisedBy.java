package no.samskap.gateway.events.ideas;

import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** The idea page's panel ({@code ideas/realised.jte}): the completed events that carried the idea out. */
public record RealisedBy(TemplateTexts t, List<Event> events) {

    /** An event by its id and its title as the organisers wrote it. */
    public record Event(String id, String title) {
    }
}
