package no.samskap.proposals.ideas.domain;

import java.util.Optional;

/** Where ideas are kept. */
public interface Ideas {

    void add(Idea idea);

    /** Saves a changed idea; fails when someone else changed it since it was read. */
    Idea update(Idea idea);

    Optional<Idea> find(IdeaId id);
}
