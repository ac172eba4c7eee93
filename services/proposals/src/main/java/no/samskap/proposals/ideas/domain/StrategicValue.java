package no.samskap.proposals.ideas.domain;

import java.util.regex.Pattern;

/** One of the values a municipality's culture plan pursues, such as {@code folkehelse}; ideas name the code. */
public record StrategicValue(String code, String name) {

    public static final int CODE_MAX = 40;
    public static final int NAME_MAX = 80;
    private static final Pattern CODE = Pattern.compile("[a-z0-9-]{1," + CODE_MAX + "}");

    public StrategicValue {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidIdeaException("strategicValues", "a code must be 1 to " + CODE_MAX
                + " lower-case letters, digits or hyphens, was '" + code + "'");
        }
        name = Texts.requireLength("strategicValues", name, 1, NAME_MAX);
    }
}
