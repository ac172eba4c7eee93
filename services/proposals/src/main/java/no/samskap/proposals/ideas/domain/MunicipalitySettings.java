package no.samskap.proposals.ideas.domain;

/**
 * How a municipality runs its ideas: pre-moderation holds each idea until a moderator publishes it,
 * post-moderation publishes at once. {@code supportThreshold}, when set, marks ideas with that many
 * supports as qualifying for assessment. A comment with {@code reportThreshold} open reports is hidden
 * until staff review it.
 */
public record MunicipalitySettings(Municipality municipality, Moderation moderation, Integer supportThreshold,
                                   int reportThreshold) {

    public static final int DEFAULT_REPORT_THRESHOLD = 3;

    public enum Moderation { PRE, POST }

    public MunicipalitySettings {
        if (reportThreshold < 1) {
            throw new InvalidIdeaException("reportThreshold", "must be 1 or more");
        }
    }

    public static MunicipalitySettings defaultsFor(Municipality municipality) {
        return new MunicipalitySettings(municipality, Moderation.POST, null, DEFAULT_REPORT_THRESHOLD);
    }

    public boolean qualifies(int supportCount) {
        return supportThreshold != null && supportCount >= supportThreshold;
    }
}
