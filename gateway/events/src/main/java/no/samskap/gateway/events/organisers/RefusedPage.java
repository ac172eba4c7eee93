package no.samskap.gateway.events.organisers;

import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;

/** A step refused where it has no form to come back to ({@code organisers/refused.jte}): why, and the way back. */
public record RefusedPage(TemplateTexts t, FormMessages messages, String back) {
}
