package no.samskap.events.shifts.application;

/** A volunteer's word that they are ill or late, with a note for the team leader. */
public record ReportAbsence(String kind, String note, Integer minutesLate) {
}
