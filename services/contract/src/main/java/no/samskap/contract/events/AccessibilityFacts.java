package no.samskap.contract.events;

import java.util.List;

/** What a venue offers people with disabilities; codes on the wire, plain words in each reader's language. */
public final class AccessibilityFacts {

    public static final String STEP_FREE = "step-free";
    public static final String ACCESSIBLE_TOILET = "accessible-toilet";
    public static final String HEARING_LOOP = "hearing-loop";
    public static final String SEATING = "seating";
    public static final String QUIET_ROOM = "quiet-room";
    public static final String PARKING = "accessible-parking";

    public static final List<String> ALL = List.of(STEP_FREE, ACCESSIBLE_TOILET, HEARING_LOOP, SEATING, QUIET_ROOM,
        PARKING);

    private AccessibilityFacts() {
    }
}
