package no.samskap.gateway.organisations.attests;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

/** A page of an association's politiattest that says only why it is not shown ({@code attests/refused.jte}). */
public record AttestRefusedPage(TemplateTexts t, String associationId, String associationName, Content why) {
}
