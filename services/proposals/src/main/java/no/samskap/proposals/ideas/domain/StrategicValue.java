package no.samskap.proposals.ideas.domain;

import java.util.regex.Pattern;

/**
 * One of the values a municipality's culture plan pursues, such as {@code folkehelse}, named in the three languages
 * of the pages; ideas name the code.
 */
public record StrategicValue(String code, ChoiceNames names) {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 80;
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1," + CODE_MAX + "}");

    public StrategicValue {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidIdeaException("strategicValues", "a code must be 1 to " + CODE_MAX
                + " lower-case letters, digits or hyphens, was '" + code + "'");
        }
        if (names == null) {
            throw new InvalidIdeaException("strategicValues.names", "must name the value in nb, nn and en");
        }
        names = new ChoiceNames(Texts.requireLength("strategicValues.names.nb", names.nb(), 1, NAME_MAX),
            Texts.requireLength("strategicValues.names.nn", names.nn(), 1, NAME_MAX),
            Texts.requireLength("strategicValues.names.en", names.en(), 1, NAME_MAX));
    }

    /** The bokmål name. */
    public String name() {
        return names.nb();
    }
}
