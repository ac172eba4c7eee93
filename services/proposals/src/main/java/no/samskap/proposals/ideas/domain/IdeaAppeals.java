package no.samskap.proposals.ideas.domain;

import java.util.Optional;

/** The one appeal an idea may have. */
public interface IdeaAppeals {

    Optional<IdeaAppeal> of(IdeaId idea);

    /** False when the idea had an appeal already, lodged in parallel. */
    boolean add(IdeaAppeal appeal);

    /** False when another moderator decided the appeal in parallel. */
    boolean decide(IdeaAppeal decided);
}
