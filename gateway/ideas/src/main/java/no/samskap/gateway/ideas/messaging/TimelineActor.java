package no.samskap.gateway.ideas.messaging;

/** The role that took a step on an idea's public timeline; the person behind it is never kept in the read model. */
final class TimelineActor {

    static final String AUTHOR = "author";
    static final String MODERATOR = "moderator";
    /** The platform published the idea at once, under post-moderation. */
    static final String PLATFORM = "platform";
    static final String MUNICIPALITY = "municipality";
    /** The platform hid the idea because residents' reports reached the municipality's threshold. */
    static final String REPORTS = "reports";

    private TimelineActor() {
    }
}
