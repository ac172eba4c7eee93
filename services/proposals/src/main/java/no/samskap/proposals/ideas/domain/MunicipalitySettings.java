package no.samskap.proposals.ideas.domain;

/**
 * How a municipality runs its ideas: pre-moderation holds each idea until a moderator publishes it,
 * post-moderation publishes at once. {@code supportThreshold}, when set, marks ideas with that many
 * supports as qualifying for assessment.
 */
public record MunicipalitySettings(Municipality municipality, Moderation moderation, Integer supportThreshold) {

    public enum Moderation { PRE, POST }

    public static MunicipalitySettings defaultsFor(Municipality municipality) {
        return new MunicipalitySettings(municipality, Moderation.POST, null);
    }

    public boolean qualifies(int supportCount) {
        return supportThreshold != null && supportCount >= supportThreshold;
    }
}
