package no.samskap.gateway.events.venues;

import gg.jte.Content;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/** What {@code venues/application-form.jte} shows: the application for a venue's room, as typed. */
public record ApplicationFormPage(TemplateTexts t, String venueName, String venueHref, String action, String csrf,
                                  ApplicationForm form, List<Option> associations, List<Option> weekdays,
                                  FormProblems problems) {

    /** A choice of a select: its value, its words, and whether it is chosen. */
    public record Option(String value, Content label, boolean selected) {
    }
}
