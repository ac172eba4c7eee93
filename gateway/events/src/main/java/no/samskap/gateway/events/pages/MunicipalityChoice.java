package no.samskap.gateway.events.pages;

import no.samskap.gateway.shell.municipalities.MunicipalityDirectory.Municipality;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** The navigation's "Arrangementer" for a visitor ({@code choose.jte}): each municipality's calendar to choose. */
public record MunicipalityChoice(TemplateTexts t, List<Municipality> municipalities) {
}
