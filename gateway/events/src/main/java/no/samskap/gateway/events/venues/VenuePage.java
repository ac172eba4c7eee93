package no.samskap.gateway.events.venues;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * What {@code venues/venue.jte} shows: the venue's facts and accessibility in plain words, and when its room is taken
 * in the weeks shown, day by day, with links to the weeks around.
 */
public record VenuePage(TemplateTexts t, String id, String name, String address, @Nullable Content capacity,
                        List<Content> accessibility, boolean lent, @Nullable String applyHref,
                        @Nullable String editHref, Content period, List<Day> days, boolean calendarUnavailable,
                        @Nullable Content refusedWeek, String previousHref, String nextHref,
                        String municipalityHref, Content municipalityLink,
                        @Nullable Content confirmation) {

    /** A day the room is taken, with its times. */
    public record Day(String heading, String iso, List<Slot> slots) {
    }

    /** One time the room is taken: "kl. 18.00–20.00", and by whom; {@code href} leads to an event's page. */
    public record Slot(String time, String startIso, String who, @Nullable String href, Content kind) {
    }
}
