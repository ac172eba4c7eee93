package no.samskap.gateway.events.calendar;

import no.samskap.gateway.shell.paging.PageCursor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where a page of the calendar's list ended: the last event's start and id, the list's order. */
public record CalendarCursor(Instant startsAt, UUID id) {

    private static final String LIST = "calendar";

    public String encode() {
        return new PageCursor(LIST, List.of(startsAt.toString(), id.toString())).encode();
    }

    /** The cursor the calendar gave out; empty for anything else. */
    static Optional<CalendarCursor> decode(String cursor) {
        return PageCursor.keysOf(cursor, LIST, 2).flatMap(keys -> {
            try {
                return Optional.of(new CalendarCursor(PageCursor.instant(keys.get(0)), UUID.fromString(keys.get(1))));
            } catch (IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        });
    }
}
