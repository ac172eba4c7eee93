package no.samskap.gateway.ideas.pages;

import java.util.Map;

/** Names of the municipalities Samskap runs in, by kommunenummer; names are the same in every language. */
final class Municipalities {

    private static final Map<String, String> NAMES = Map.of("1833", "Rana", "4618", "Ullensvang");

    private Municipalities() {
    }

    static String nameOf(String kommunenummer) {
        return NAMES.getOrDefault(kommunenummer, kommunenummer);
    }
}
