package no.samskap.seeds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A request for help in a demo municipality, posted by {@code poster}: the admin of {@code association}, or the
 * municipality's staff when there is none. It starts {@code startsInDays} after the load at {@code startsAt} (Norwegian
 * time, {@code HH:mm}) and lasts {@code hours}; {@code idea} is the title of a demo idea on the board it belongs to, if any. The
 * residents in {@code interested} show interest in it, so the poster has someone to answer.
 */
public record DemoHelpRequest(String association, String poster, String municipality, String idea, String task,
                              String place, int startsInDays, String startsAt, double hours, List<String> skills,
                              List<String> interested) {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    public DemoHelpRequest {
        skills = skills == null ? List.of() : List.copyOf(skills);
        interested = interested == null ? List.of() : List.copyOf(interested);
    }

    public Instant startsOn(LocalDate today) {
        return today.plusDays(startsInDays).atTime(LocalTime.parse(startsAt)).atZone(NORWAY).toInstant();
    }

    public Instant endsOn(LocalDate today) {
        return startsOn(today).plus(Duration.ofMinutes(Math.round(hours * 60)));
    }
}
