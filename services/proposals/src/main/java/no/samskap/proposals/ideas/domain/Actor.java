package no.samskap.proposals.ideas.domain;

/** Who made a change: a signed-in person's subject, or the platform itself (post-moderation). */
public record Actor(String id) {

    public static final Actor PLATFORM = new Actor("samskap");
}
