package no.samskap.organisations.hours.application;

import java.time.LocalDate;

/** Hours as a volunteer logs them against an offer of help. */
public record LogHours(String offerId, LocalDate date, Double hours, String role, String note) {
}
