package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.UUID;

/** What happened to a comment; each names the idea it is on, so it travels with the idea's other messages. */
public sealed interface CommentEvent {

    UUID eventId();

    Instant occurredAt();

    IdeaId ideaId();

    Municipality municipality();

    CommentId commentId();

    Actor actor();

    /** {@code parentId} is null for a top-level comment. */
    record CommentAdded(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, CommentId commentId,
                        Actor actor, CommentId parentId, boolean official, String body) implements CommentEvent {
    }

    record CommentEdited(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, CommentId commentId,
                         Actor actor, String body) implements CommentEvent {
    }

    record CommentHidden(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality, CommentId commentId,
                         Actor actor, String reason) implements CommentEvent {
    }

    record CommentRestored(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality,
                           CommentId commentId, Actor actor, String reason) implements CommentEvent {
    }

    /** The appeal's words are not part of the event. */
    record CommentAppealed(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality,
                           CommentId commentId, Actor actor) implements CommentEvent {
    }

    record CommentAppealDecided(UUID eventId, Instant occurredAt, IdeaId ideaId, Municipality municipality,
                                CommentId commentId, Actor actor, boolean upheld, String reason) implements CommentEvent {
    }
}
