package no.samskap.proposals.ideas.domain;

/** Residents' supports of ideas: at most one per resident and idea. */
public interface Supports {

    /** Returns the idea's count afterwards, or empty when the resident had supported it already. */
    java.util.OptionalInt add(IdeaId idea, String residentId, java.time.Instant now);

    /** Returns the idea's count afterwards, or empty when there was no support to withdraw. */
    java.util.OptionalInt remove(IdeaId idea, String residentId);

    int count(IdeaId idea);

    /** Marks the idea as having reached its support threshold; false when it had reached it before. */
    boolean markThresholdReached(IdeaId idea, java.time.Instant now);

    boolean hasSupported(IdeaId idea, String residentId);
}
