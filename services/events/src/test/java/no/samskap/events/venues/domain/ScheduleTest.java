package no.samskap.events.venues.domain;

import no.samskap.events.events.domain.Refusal;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScheduleTest {

    @Test
    void aWeeklySlotStaysAtSixInTheEveningLocalTimeAcrossTheSwitchToSummerTime() {
        var slot = new Schedule.Weekly(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0),
            LocalDate.of(2027, 3, 16), LocalDate.of(2027, 4, 6));

        assertEquals(List.of(
            occurrence("2027-03-16T17:00:00Z", "2027-03-16T19:00:00Z"),
            occurrence("2027-03-23T17:00:00Z", "2027-03-23T19:00:00Z"),
            occurrence("2027-03-30T16:00:00Z", "2027-03-30T18:00:00Z"),
            occurrence("2027-04-06T16:00:00Z", "2027-04-06T18:00:00Z")), slot.occurrences());
    }

    @Test
    void aWeeklySlotStaysAtSixInTheEveningLocalTimeAcrossTheSwitchBackToWinterTime() {
        var slot = new Schedule.Weekly(DayOfWeek.THURSDAY, LocalTime.of(18, 0), LocalTime.of(19, 30),
            LocalDate.of(2027, 10, 21), LocalDate.of(2027, 11, 4));

        assertEquals(List.of(
            occurrence("2027-10-21T16:00:00Z", "2027-10-21T17:30:00Z"),
            occurrence("2027-10-28T16:00:00Z", "2027-10-28T17:30:00Z"),
            occurrence("2027-11-04T17:00:00Z", "2027-11-04T18:30:00Z")), slot.occurrences());
    }

    @Test
    void theSeasonStartsOnTheFirstSuchWeekdayAndIncludesItsLastDay() {
        var slot = new Schedule.Weekly(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0),
            LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 27));

        assertEquals(List.of(
            occurrence("2027-01-13T09:00:00Z", "2027-01-13T10:00:00Z"),
            occurrence("2027-01-20T09:00:00Z", "2027-01-20T10:00:00Z"),
            occurrence("2027-01-27T09:00:00Z", "2027-01-27T10:00:00Z")), slot.occurrences());
    }

    @Test
    void aSlotInsideTheSkippedHourMovesForwardAndKeepsItsLength() {
        var slot = new Schedule.Weekly(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(3, 0),
            LocalDate.of(2027, 3, 28), LocalDate.of(2027, 3, 28));

        assertEquals(List.of(occurrence("2027-03-28T01:30:00Z", "2027-03-28T02:00:00Z")), slot.occurrences());
    }

    @Test
    void aSlotThatEndsBeforeItStartsOrASeasonWithoutThatWeekdayIsRefusedNamingTheField() {
        var backwards = assertThrows(Refusal.class, () -> new Schedule.Weekly(DayOfWeek.MONDAY,
            LocalTime.of(20, 0), LocalTime.of(18, 0), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1)));
        var empty = assertThrows(Refusal.class, () -> new Schedule.Weekly(DayOfWeek.FRIDAY, LocalTime.of(18, 0),
            LocalTime.of(20, 0), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 6)));
        var tooLong = assertThrows(Refusal.class, () -> new Schedule.Weekly(DayOfWeek.FRIDAY, LocalTime.of(18, 0),
            LocalTime.of(20, 0), LocalDate.of(2027, 1, 4), LocalDate.of(2028, 3, 6)));

        assertEquals("endTime", backwards.field());
        assertEquals("weekday", empty.field());
        assertEquals("untilDate", tooLong.field());
    }

    private static Occurrence occurrence(String start, String end) {
        return new Occurrence(Instant.parse(start), Instant.parse(end));
    }
}
