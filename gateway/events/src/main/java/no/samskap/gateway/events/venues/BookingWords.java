package no.samskap.gateway.events.venues;

import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * When a booking takes the room, in the page's words on the clock in Norway: "lørdag 27. mars 2027 kl. 18.00–20.00"
 * once, "hver tirsdag kl. 18.00–20.00, 12. januar 2027 – 1. juni 2027" weekly.
 */
final class BookingWords {

    private final Texts texts;
    private final EventTimes times;
    private final DateTimeFormatter clock;

    BookingWords(Texts texts) {
        this.texts = texts;
        this.times = new EventTimes(texts.language());
        this.clock = DateTimeFormatter.ofPattern(texts.language() == Language.ENGLISH ? "HH:mm" : "HH.mm");
    }

    /** From the events service's booking: its kind, first occurrence and weekly slot. */
    String of(Map<String, Object> booking) {
        try {
            var startsAt = Instant.parse(String.valueOf(booking.get("startsAt")));
            var endsAt = Instant.parse(String.valueOf(booking.get("endsAt")));
            if (!"weekly".equals(booking.get("kind"))) {
                return texts.text("ven.when.once", times.span(startsAt, endsAt));
            }
            return weekly(String.valueOf(booking.get("weekday")), LocalTime.parse(String.valueOf(booking.get("startTime"))),
                LocalTime.parse(String.valueOf(booking.get("endTime"))),
                LocalDate.parse(String.valueOf(booking.get("fromDate"))),
                LocalDate.parse(String.valueOf(booking.get("untilDate"))));
        } catch (DateTimeException | NullPointerException unreadable) {
            return "";
        }
    }

    /** From the read model: the first occurrence, and the last day when it repeats every week. */
    String of(Instant startsAt, Instant endsAt, @Nullable LocalDate weeklyUntil) {
        if (weeklyUntil == null) {
            return texts.text("ven.when.once", times.span(startsAt, endsAt));
        }
        var start = startsAt.atZone(EventTimes.NORWAY);
        return weekly(start.getDayOfWeek().name().toLowerCase(Locale.ROOT), start.toLocalTime(),
            endsAt.atZone(EventTimes.NORWAY).toLocalTime(), start.toLocalDate(), weeklyUntil);
    }

    private String weekly(String weekday, LocalTime start, LocalTime end, LocalDate from, LocalDate until) {
        return texts.text("ven.when.weekly", texts.text("ven.weekday." + weekday), clock.format(start),
            clock.format(end), texts.date(from), texts.date(until));
    }
}
