package no.samskap.proposals.ideas.domain;

import java.util.Optional;

/** Where ideas are kept. */
public interface Ideas {

    void add(Idea idea);

    Optional<Idea> find(IdeaId id);
}
