package no.samskap.contract.events;

import java.util.List;

/** Who an event is for; codes on the wire, words in each reader's language. */
public final class Audiences {

    public static final String EVERYONE = "alle";
    public static final String CHILDREN = "barn";
    public static final String YOUTH = "ungdom";
    public static final String ADULTS = "voksne";
    public static final String SENIORS = "eldre";
    public static final String FAMILIES = "familier";

    public static final List<String> ALL = List.of(EVERYONE, CHILDREN, YOUTH, ADULTS, SENIORS, FAMILIES);

    private Audiences() {
    }
}
