package no.samskap.proposals.ideas.domain;

import java.util.List;
import java.util.Optional;

/** Where ideas are kept. */
public interface Ideas {

    void add(Idea idea);

    /** Saves a changed idea; fails when someone else changed it since it was read. */
    Idea update(Idea idea);

    Optional<Idea> find(IdeaId id);

    /** The author's ideas in the municipality that the public may see unless the author is blocked: published, not hidden. */
    List<Idea> shownToThePublicBy(Municipality municipality, String authorId);
}
