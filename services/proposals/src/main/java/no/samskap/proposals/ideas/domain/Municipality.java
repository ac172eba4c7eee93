package no.samskap.proposals.ideas.domain;

import java.util.regex.Pattern;

/** A municipality by its 4-digit kommunenummer, e.g. Rana 1833, Ullensvang 4618. */
public record Municipality(String number) {

    private static final Pattern KOMMUNENUMMER = Pattern.compile("\\d{4}");

    public Municipality {
        if (number == null || !KOMMUNENUMMER.matcher(number).matches()) {
            throw new InvalidIdeaException("municipality", "must be a 4-digit kommunenummer");
        }
    }
}
