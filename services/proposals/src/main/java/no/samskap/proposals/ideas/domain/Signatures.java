package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.OptionalInt;

/** Residents' signatures of innbyggerforslag: at most one per resident and petition; never published by name. */
public interface Signatures {

    /** Returns the petition's count afterwards, or empty when the resident had signed already. */
    OptionalInt add(IdeaId petition, String residentId, Instant now);

    /** Returns the petition's count afterwards, or empty when there was no signature to withdraw. */
    OptionalInt remove(IdeaId petition, String residentId);

    boolean hasSigned(IdeaId petition, String residentId);
}
