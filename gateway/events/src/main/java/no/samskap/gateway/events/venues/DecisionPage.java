package no.samskap.gateway.events.venues;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * What {@code venues/decision.jte} shows the staff about one application: where, when, for whom and what for, whether
 * it is for children and young people, the other applications that want the same time and the bookings that already
 * hold it, and the forms to approve or decline with a reason.
 */
public record DecisionPage(TemplateTexts t, String id, String csrf, String venueName, String venueHref,
                           String associationName, Content when, String purpose, boolean childrenAndYouth,
                           Content status, boolean pending, List<Other> collidesWith, List<Other> clashesWith,
                           String reason, FormProblems problems) {

    /** Another application or booking, linked to its own decision page when it still waits. */
    public record Other(String id, @Nullable String href, Content description) {
    }
}
