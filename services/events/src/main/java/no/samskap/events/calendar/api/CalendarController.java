package no.samskap.events.calendar.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.events.calendar.application.CalendarEntries;
import no.samskap.events.calendar.application.CalendarFilter;

import java.util.List;

/** Public iCalendar files: one event's, and a feed of a municipality's events to subscribe to. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class CalendarController {

    private final CalendarEntries entries;
    private final ICalendarWriter writer;

    CalendarController(CalendarEntries entries, ICalendarWriter writer) {
        this.entries = entries;
        this.writer = writer;
    }

    @Get("/events/{id}.ics")
    HttpResponse<String> event(@PathVariable String id) {
        return calendar(writer.write(List.of(entries.ofEvent(id))));
    }

    @Get("/calendars/{municipality}.ics")
    HttpResponse<String> municipality(@PathVariable String municipality, @Nullable @QueryValue String unit,
                                      @Nullable @QueryValue String audience) {
        var filter = new CalendarFilter(unit, audience);
        return calendar(writer.write(entries.ofMunicipality(municipality, filter)));
    }

    private static HttpResponse<String> calendar(String text) {
        return HttpResponse.ok(text).contentType(ICalendarWriter.MEDIA_TYPE);
    }
}
