package no.samskap.gateway.events.venues;

import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** What {@code venues/venue-form.jte} shows: a venue's facts to add or change, as typed or as the service has them. */
public record VenueFormPage(TemplateTexts t, String heading, String action, String csrf, VenueForm form,
                            List<Choice> accessibility, FormProblems problems) {

    /** A checkbox: its code, its words, and whether it is ticked. */
    public record Choice(String code, gg.jte.Content label, boolean checked) {
    }
}
