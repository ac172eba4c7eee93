package no.samskap.events.venues.domain;

import no.samskap.events.events.domain.FieldChecks;
import no.samskap.events.events.domain.Refusal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** When a booking takes the room: once, or the same local hours every week of a season. */
public sealed interface Schedule {

    ZoneId OSLO = ZoneId.of("Europe/Oslo");

    List<Occurrence> occurrences();

    /** The field a clash is reported on, since the times came in it. */
    String timesField();

    default Occurrence first() {
        return occurrences().get(0);
    }

    /** The weekly slot, when the booking is one. */
    default Optional<Weekly> weekly() {
        return Optional.empty();
    }

    record OneOff(Instant startsAt, Instant endsAt) implements Schedule {

        static final Duration LONGEST = Duration.ofDays(14);

        public OneOff {
            FieldChecks.timeSpan(startsAt, endsAt, LONGEST, "a booking");
        }

        @Override
        public List<Occurrence> occurrences() {
            return List.of(new Occurrence(startsAt, endsAt));
        }

        @Override
        public String timesField() {
            return "startsAt";
        }
    }

    /**
     * Every {@code weekday} from {@code fromDate} up to and including {@code untilDate}, from {@code startTime} to
     * {@code endTime} Norwegian wall-clock time: 18:00 stays 18:00 on both sides of a daylight-saving change.
     */
    record Weekly(DayOfWeek weekday, LocalTime startTime, LocalTime endTime, LocalDate fromDate,
                  LocalDate untilDate) implements Schedule {

        static final long LONGEST_SEASON_DAYS = 366;

        public Weekly {
            if (weekday == null) {
                throw Refusal.invalid("weekday", "must be given, such as tuesday");
            }
            if (startTime == null) {
                throw Refusal.invalid("startTime", "must be given, such as 18:00");
            }
            if (endTime == null) {
                throw Refusal.invalid("endTime", "must be given, such as 20:00");
            }
            if (!endTime.isAfter(startTime)) {
                throw Refusal.invalid("endTime", "must be after startTime on the same day");
            }
            if (fromDate == null) {
                throw Refusal.invalid("fromDate", "must be given, such as 2027-01-11");
            }
            if (untilDate == null) {
                throw Refusal.invalid("untilDate", "must be given, such as 2027-06-15");
            }
            if (untilDate.isBefore(fromDate)) {
                throw Refusal.invalid("untilDate", "must not be before fromDate");
            }
            if (ChronoUnit.DAYS.between(fromDate, untilDate) > LONGEST_SEASON_DAYS) {
                throw Refusal.invalid("untilDate", "a season may last at most a year");
            }
            if (fromDate.with(TemporalAdjusters.nextOrSame(weekday)).isAfter(untilDate)) {
                throw Refusal.invalid("weekday", "there is no " + weekday.name().toLowerCase(Locale.ROOT)
                    + " from fromDate to untilDate");
            }
        }

        /** A slot wholly inside the hour skipped in spring keeps its length, moved forward as a clock is. */
        @Override
        public List<Occurrence> occurrences() {
            var occurrences = new ArrayList<Occurrence>();
            for (var day = fromDate.with(TemporalAdjusters.nextOrSame(weekday)); !day.isAfter(untilDate);
                 day = day.plusWeeks(1)) {
                var start = day.atTime(startTime).atZone(OSLO).toInstant();
                var end = day.atTime(endTime).atZone(OSLO).toInstant();
                occurrences.add(new Occurrence(start, end.isAfter(start) ? end
                    : start.plus(Duration.between(startTime, endTime))));
            }
            return List.copyOf(occurrences);
        }

        @Override
        public String timesField() {
            return "startTime";
        }

        @Override
        public Optional<Weekly> weekly() {
            return Optional.of(this);
        }
    }
}
