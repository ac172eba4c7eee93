package no.samskap.events.shifts.application;

/** An organiser's change of a shift: its role, times (as organisers give them) and places; null keeps a field. */
public record ChangeShift(String role, String startsAt, String endsAt, Integer needed) {
}
