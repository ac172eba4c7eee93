package no.samskap.gateway.events.words;

import no.samskap.gateway.shell.web.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * When an event is, in the words of the page's language and on the clock in Norway: "lørdag 27. mars 2027 kl.
 * 18.00" on Norwegian pages, "Saturday 27 March 2027 at 18:00" on English ones.
 */
public final class EventTimes {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DateTimeFormatter day;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;
    private final String at;

    public EventTimes(Language language) {
        var locale = language.locale();
        var english = language == Language.ENGLISH;
        this.day = DateTimeFormatter.ofPattern(english ? "EEEE d MMMM yyyy" : "EEEE d. MMMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern(english ? "HH:mm" : "HH.mm", locale);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        this.at = english ? " at " : " kl. ";
    }

    /** "lørdag 27. mars 2027 kl. 18.00". */
    public String startsAt(Instant instant) {
        var local = local(instant);
        return day.format(local) + at + time.format(local);
    }

    /** "lørdag 27. mars 2027 kl. 18.00–20.00", or both days in full when it ends on another day. */
    public String span(Instant startsAt, Instant endsAt) {
        var start = local(startsAt);
        var end = local(endsAt);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return day.format(start) + at + time.format(start) + "–" + time.format(end);
        }
        return startsAt(startsAt) + " – " + startsAt(endsAt);
    }

    public String day(LocalDate date) {
        return day.format(date);
    }

    public String time(Instant instant) {
        return time.format(local(instant));
    }

    /** "mars 2027", capitalised as a heading. */
    public String month(YearMonth yearMonth) {
        var words = month.format(yearMonth.atDay(1));
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The machine-readable time of a {@code <time datetime>}. */
    public static String iso(Instant instant) {
        return local(instant).toOffsetDateTime().toString();
    }

    public static LocalDate dayOf(Instant instant) {
        return local(instant).toLocalDate();
    }

    private static ZonedDateTime local(Instant instant) {
        return instant.atZone(NORWAY);
    }
}
