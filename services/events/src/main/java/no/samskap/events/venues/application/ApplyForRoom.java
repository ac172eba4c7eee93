package no.samskap.events.venues.application;

/**
 * An association's application as it arrived. Times are one-off ({@code startsAt}, {@code endsAt}: ISO-8601, local
 * times in Europe/Oslo) or a weekly slot ({@code weekday} such as tuesday, {@code startTime} and {@code endTime} such
 * as 18:00, {@code fromDate} and {@code untilDate} such as 2027-01-11).
 */
public record ApplyForRoom(String venueId, String associationId, String purpose, Boolean childrenAndYouth,
                           String startsAt, String endsAt, String weekday, String startTime, String endTime,
                           String fromDate, String untilDate) {
}
