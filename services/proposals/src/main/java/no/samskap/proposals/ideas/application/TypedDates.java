package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.InvalidIdeaException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as people typed them: one that is no date is refused naming its field, as a date the rules refuse is. */
final class TypedDates {

    private TypedDates() {
    }

    /** Null stays null, for the domain to refuse as missing. */
    static LocalDate parse(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidIdeaException(field, "must be a date such as 2027-01-15");
        }
    }
}
