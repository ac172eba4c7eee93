package no.samskap.contract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 9-digit organisasjonsnummer from Enhetsregisteret. The last digit is a MOD11 check digit over the first eight with
 * the weights 3, 2, 7, 6, 5, 4, 3, 2; a remainder of 1 gives no valid check digit, so no number is issued with it.
 */
public record OrganisationNumber(String value) {

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("an organisation number is 9 digits with a MOD11 check digit, was "
                + value);
        }
    }

    public static boolean isValid(String value) {
        if (value == null || !NINE_DIGITS.matcher(value).matches()) {
            return false;
        }
        return checkDigitOf(value.substring(0, 8)).map(digit -> digit == value.charAt(8) - '0').orElse(false);
    }

    /** The number, or empty for anything that is not an organisation number. Spaces people type are ignored. */
    public static Optional<OrganisationNumber> parse(String value) {
        var digits = value == null ? null : value.replace(" ", "");
        return isValid(digits) ? Optional.of(new OrganisationNumber(digits)) : Optional.empty();
    }

    /** The check digit for eight digits, or empty when the remainder is 1 and no number can end them. */
    public static Optional<Integer> checkDigitOf(String firstEight) {
        var sum = 0;
        for (var i = 0; i < WEIGHTS.length; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        var remainder = sum % 11;
        if (remainder == 1) {
            return Optional.empty();
        }
        return Optional.of(remainder == 0 ? 0 : 11 - remainder);
    }

    @Override
    public String toString() {
        return value;
    }
}
