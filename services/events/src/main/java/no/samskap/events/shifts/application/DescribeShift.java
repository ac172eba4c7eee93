package no.samskap.events.shifts.application;

/** A shift as an organiser describes it; times are Norwegian local times or carry an offset. */
public record DescribeShift(String role, String startsAt, String endsAt, Integer needed, String teamLeaderId,
                            Integer minimumAge, Boolean attestRequired) {
}
