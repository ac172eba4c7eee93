package no.samskap.events.venues.application;

import no.samskap.events.events.application.OsloTime;
import no.samskap.events.events.domain.Refusal;
import no.samskap.events.venues.domain.Schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads the times of an application: one-off or a weekly slot, never both. */
final class BookingTimes {

    private BookingTimes() {
    }

    static Schedule read(ApplyForRoom command) {
        var weekly = Stream.of(command.weekday(), command.startTime(), command.endTime(), command.fromDate(),
            command.untilDate()).anyMatch(BookingTimes::given);
        if (!weekly) {
            return new Schedule.OneOff(OsloTime.read("startsAt", command.startsAt()),
                OsloTime.read("endsAt", command.endsAt()));
        }
        if (given(command.startsAt()) || given(command.endsAt())) {
            throw Refusal.invalid("startsAt", "give either startsAt and endsAt, or a weekly slot, not both");
        }
        return new Schedule.Weekly(weekday(command.weekday()), time("startTime", command.startTime()),
            time("endTime", command.endTime()), date("fromDate", command.fromDate()),
            date("untilDate", command.untilDate()));
    }

    private static DayOfWeek weekday(String text) {
        if (!given(text)) {
            return null;
        }
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("weekday", "must be a weekday such as monday or tuesday");
        }
    }

    private static LocalTime time(String field, String text) {
        if (!given(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException e) {
            throw Refusal.invalid(field, "must be a time such as 18:00 (Norwegian time)");
        }
    }

    private static LocalDate date(String field, String text) {
        if (!given(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw Refusal.invalid(field, "must be a date such as 2027-01-11");
        }
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
