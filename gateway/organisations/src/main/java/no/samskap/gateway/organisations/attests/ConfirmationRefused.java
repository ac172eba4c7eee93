package no.samskap.gateway.organisations.attests;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

/** Why the service gave no confirmation of purpose ({@code attests/confirmationRefused.jte}), in the page's words. */
public record ConfirmationRefused(TemplateTexts t, Content why) {
}
