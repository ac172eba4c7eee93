package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.TemplateTexts;

/** The idea page's panel ({@code organisers/ideaToEvent.jte}) with the button that makes a draft event of it. */
public record IdeaToEvent(TemplateTexts t, String ideaId, String csrf) {
}
