package no.samskap.gateway.organisations.attests;

import no.samskap.gateway.shell.web.TemplateTexts;

/**
 * On an association's page, for its members ({@code attests/panel.jte}): the ways to the politiattest requests and
 * sightings under {@code base}, and for its admins ({@code admin}) to appointing the officers.
 */
public record AttestLinks(TemplateTexts t, String base, boolean admin) {
}
