package no.samskap.gateway.events.venues;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * What {@code venues/applications.jte} shows: an association's applications for rooms with their status and the
 * staff's reasons, a way to cancel those still standing, and the choice of association.
 */
public record ApplicationsPage(TemplateTexts t, String csrf, List<ApplicationFormPage.Option> associations,
                               @Nullable String associationId, List<Application> applications,
                               @Nullable Content confirmation, FormProblems problems, @Nullable String refusedBooking) {

    /** One application: where, when, for what, its status and what the staff said. */
    public record Application(String id, String venueName, String venueHref, Content when, String purpose,
                              boolean childrenAndYouth, Content status, @Nullable String reason,
                              boolean cancellable) {
    }
}
