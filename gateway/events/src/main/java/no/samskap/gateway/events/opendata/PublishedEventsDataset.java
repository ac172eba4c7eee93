package no.samskap.gateway.events.opendata;

import jakarta.inject.Singleton;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.shell.opendata.OpenDataset;

import java.util.List;

/**
 * A municipality's published events as open data, past and coming, cancelled ones marked: what, when, where, for
 * whom, the price and the seats. No persons: the calendar keeps none.
 */
@Singleton
class PublishedEventsDataset implements OpenDataset {

    private static final List<String> COLUMNS = List.of("id", "title", "status", "startsAt", "endsAt",
        "hostingUnit", "audience", "venueName", "venueAddress", "priceNok", "capacity", "freeSeats",
        "accessibility", "page");

    private final EventCalendar calendar;

    PublishedEventsDataset(EventCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<List<Object>> rows(String municipality) {
        return calendar.all(municipality).stream()
            .map(event -> List.<Object>of(event.id(), event.title(), event.status(), event.startsAt().toString(),
                event.endsAt().toString(), event.hostingUnit(), event.audience(), orEmpty(event.venueName()),
                orEmpty(event.venueAddress()), event.priceNok() == null ? 0 : event.priceNok(),
                event.capacity() == null ? "" : event.capacity(), event.freeSeats() == null ? "" : event.freeSeats(),
                String.join(" ", event.accessibility()), "/arrangementer/" + event.id()))
            .toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
