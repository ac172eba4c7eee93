package no.samskap.proposals.ideas.domain;

/**
 * How many people live in a municipality, as its admin keeps it. Kommuneloven § 12-1 makes the council treat an
 * innbyggerforslag that 2 % of the residents signed, and 300 signatures always suffice in a municipality.
 */
public record Population(Municipality municipality, int residents) {

    public static final int RESIDENTS_MAX = 2_000_000;
    public static final int SIGNATURES_THAT_ALWAYS_SUFFICE = 300;

    public Population {
        if (residents < 1 || residents > RESIDENTS_MAX) {
            throw new InvalidIdeaException("residents", "must be 1 to " + RESIDENTS_MAX);
        }
    }

    /** At least 2 % of the residents, rounded up, and never more than 300. */
    public int petitionThreshold() {
        var twoPercent = (residents * 2 + 99) / 100;
        return Math.min(twoPercent, SIGNATURES_THAT_ALWAYS_SUFFICE);
    }
}
