package no.samskap.proposals.ideas.domain;

import java.util.Map;
import java.util.Optional;

/** The one appeal a comment may have. */
public interface CommentAppeals {

    Optional<CommentAppeal> of(CommentId comment);

    /** The appeals of the idea's comments, by comment. */
    Map<CommentId, CommentAppeal> on(IdeaId idea);

    /** False when the comment had an appeal already, lodged in parallel. */
    boolean add(CommentAppeal appeal);

    /** False when another moderator decided the appeal in parallel. */
    boolean decide(CommentAppeal decided);
}
