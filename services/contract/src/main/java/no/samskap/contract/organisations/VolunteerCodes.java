package no.samskap.contract.organisations;

import java.util.List;

/**
 * The codes a volunteer profile and a politiattest sighting are made of, as they travel on the wire; each reader
 * names them in its own languages. A new code is added at the end; a code is never renamed or removed.
 */
public final class VolunteerCodes {

    public static final List<String> SKILLS = List.of("lyd-lys", "scene", "kafe", "vakt", "instruktor", "transport",
        "markedsforing", "digital-streaming", "rigging", "billettsalg", "forstehjelp", "barn-og-unge", "annet");

    public static final List<String> AVAILABILITY = List.of("weekdays", "evenings", "weekends", "holidays");

    public static final List<String> AGE_BANDS = List.of("under-16", "16-17", "18-25", "26-66", "67-plus");

    /** The age bands under 18, for whom a guardian's consent to a politiattest is recorded. */
    public static final List<String> MINOR_AGE_BANDS = List.of("under-16", "16-17");

    /**
     * The kinds of role that need a politiattest under politiregisterloven § 39: responsibility for minors, or for
     * people with intellectual disabilities (personer med utviklingshemming).
     */
    public static final List<String> ATTEST_ROLES = List.of("barn-og-unge", "personer-med-utviklingshemming");

    private VolunteerCodes() {
    }
}
