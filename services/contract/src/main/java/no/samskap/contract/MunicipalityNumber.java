package no.samskap.contract;

import java.util.Optional;
import java.util.regex.Pattern;

/** A municipality's 4-digit kommunenummer, e.g. Rana 1833, Ullensvang 4618: the one place that knows its shape. */
public record MunicipalityNumber(String value) {

    private static final Pattern KOMMUNENUMMER = Pattern.compile("\\d{4}");

    public MunicipalityNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a municipality number is a 4-digit kommunenummer, was " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && KOMMUNENUMMER.matcher(value).matches();
    }

    /** The number, or empty for anything that is not a kommunenummer (a query value, a claim). */
    public static Optional<MunicipalityNumber> parse(String value) {
        return isValid(value) ? Optional.of(new MunicipalityNumber(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
