package no.samskap.events.shifts.application;

/** A volunteer's sign-up: for an association they belong to (optional), and their word on their age if asked. */
public record SignUpForShift(String associationId, Integer birthYear, Boolean confirmsMinimumAge) {
}
