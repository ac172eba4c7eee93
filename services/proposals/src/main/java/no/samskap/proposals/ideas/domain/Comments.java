package no.samskap.proposals.ideas.domain;

import java.util.List;
import java.util.Optional;

/** Where comments are kept. */
public interface Comments {

    void add(Comment comment);

    /** Saves a changed comment; fails when someone else changed it since it was read. */
    Comment update(Comment comment);

    Optional<Comment> find(CommentId id);

    /** Every comment on the idea, hidden ones too, oldest first. */
    List<Comment> on(IdeaId idea);

    /** The author's comments in the municipality that are not hidden, oldest first. */
    List<Comment> shownBy(Municipality municipality, String authorId);

    /** Comments on the idea that are not hidden. */
    int countVisible(IdeaId idea);
}
