package no.samskap.contract.events;

import java.util.List;

/** The municipal units that host events; codes on the wire, words in each reader's language. */
public final class HostingUnits {

    public static final String LIBRARY = "bibliotek";
    public static final String CULTURE_SCHOOL = "kulturskole";
    public static final String CINEMA = "kino";
    public static final String YOUTH = "fritid-ungdom";
    public static final String CULTURE_HOUSE = "kulturhus";

    public static final List<String> ALL = List.of(LIBRARY, CULTURE_SCHOOL, CINEMA, YOUTH, CULTURE_HOUSE);

    private HostingUnits() {
    }
}
