package no.samskap.events.shifts.domain;

import no.samskap.events.events.domain.Refusal;

/**
 * What a volunteer says of their age when a shift has a minimum age: the service sees no ages in tokens. A birth
 * year counts as in Norwegian youth rules, by the year one turns the age ("det året du fyller"); a confirmation is
 * the volunteer's word that they are old enough. Neither is stored.
 */
public record AgeDeclaration(Integer birthYear, Boolean confirmsMinimumAge) {

    private static final int EARLIEST_BIRTH_YEAR = 1900;

    public static final AgeDeclaration NONE = new AgeDeclaration(null, null);

    void requireAtLeast(Integer minimumAge, int shiftYear) {
        if (birthYear != null && (birthYear < EARLIEST_BIRTH_YEAR || birthYear > shiftYear)) {
            throw Refusal.invalid("birthYear", "must be a year from " + EARLIEST_BIRTH_YEAR + " to " + shiftYear);
        }
        if (minimumAge == null) {
            return;
        }
        if (birthYear != null) {
            if (shiftYear - birthYear < minimumAge) {
                throw Refusal.unprocessable("minimumAge", "this shift is for volunteers who turn " + minimumAge
                    + " in " + shiftYear + " or are older");
            }
            return;
        }
        if (!Boolean.TRUE.equals(confirmsMinimumAge)) {
            throw Refusal.unprocessable("minimumAge", "this shift is for volunteers aged " + minimumAge
                + " or older: give your birth year or confirm that you are at least " + minimumAge);
        }
    }
}
