package no.samskap.gateway.events.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * What {@code calendar.jte} shows: the filter form, a refused filter, and the events as a month or as a page of the
 * list, with links to the next page and back to the first when there are such.
 */
public record CalendarPage(TemplateTexts t, Content heading, String action, List<Option> units,
                           List<Option> audiences, List<Option> facts, String from, String to, boolean freeSeats,
                           boolean monthView, @Nullable String month, @Nullable Refused refused, Content count,
                           List<Card> events, @Nullable Month calendarMonth, String listHref, String monthHref,
                           String feedHref, @Nullable String nextHref, @Nullable String firstHref) {

    public boolean refusedAt(String fieldId) {
        return refused != null && refused.fieldId().equals(fieldId);
    }

    /** {@code true} for the refused field; null leaves the attribute out. */
    public @Nullable String invalid(String fieldId) {
        return refusedAt(fieldId) ? "true" : null;
    }

    public @Nullable String describedBy(String fieldId) {
        return refusedAt(fieldId) ? fieldId + "-error" : null;
    }

    /** A choice of a filter: its code, its words, and whether the viewer chose it. */
    public record Option(String value, Content label, boolean chosen) {
    }

    /** A filter value the calendar does not know: the field at fault and what is wrong, in words. */
    public record Refused(String fieldId, Content message) {
    }

    /** One event as the calendar lists it. */
    public record Card(String id, String title, String when, String whenIso, Content unit, Content audience,
                       @Nullable String place, Content price, Content seats, @Nullable Content status,
                       List<Content> accessibility) {
    }

    /** A month as a table of weeks, Monday first. */
    public record Month(Content caption, List<Content> weekdays, List<List<Day>> weeks, String previousHref,
                        Content previous, String nextHref, Content next) {
    }

    /** A day of the month's table; {@code number} is 0 for the days of the weeks before and after the month. */
    public record Day(int number, String iso, Content label, List<Card> events) {

        public boolean inMonth() {
            return number > 0;
        }
    }
}
