package no.samskap.gateway.organisations.directory;

import java.util.List;

/** The kinds of help an association or a volunteer offers, as the organisations service's help messages name them. */
public final class HelpKinds {

    public static final List<String> CODES = List.of("hours", "skills", "venue", "equipment", "know-how");

    private HelpKinds() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
