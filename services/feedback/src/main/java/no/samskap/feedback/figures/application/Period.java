package no.samskap.feedback.figures.application;

import java.time.LocalDate;

/** The days, in Oslo, whose feedback is counted, both ends included; {@code from} null counts from the first. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to == null) {
            throw new IllegalArgumentException("a period of figures ends on a day");
        }
        if (from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a period cannot end before it begins");
        }
    }
}
