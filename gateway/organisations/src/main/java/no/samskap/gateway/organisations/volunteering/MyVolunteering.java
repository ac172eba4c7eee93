package no.samskap.gateway.organisations.volunteering;

import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

/**
 * The volunteering section of "Min side" ({@code volunteering/me.jte}): the ways to the profile and the other
 * volunteering pages, and for association admins to the volunteer search ({@code search}, else null).
 */
public record MyVolunteering(TemplateTexts t, String profile, @Nullable String search) {
}
