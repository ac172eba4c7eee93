package no.samskap.proposals.ideas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where ideas are kept. */
public interface Ideas {

    /** The idea as stored, with the version its next update must name. */
    Idea add(Idea idea);

    /** Saves a changed idea; fails when someone else changed it since it was read. */
    Idea update(Idea idea);

    Optional<Idea> find(IdeaId id);

    /** The author's ideas in the municipality that the public may see unless the author is blocked: published, not hidden. */
    List<Idea> shownToThePublicBy(Municipality municipality, String authorId);

    /** The author's first idea in the municipality with this title (in any case) submitted since then, not withdrawn. */
    Optional<Idea> recentWithTitle(Municipality municipality, String authorId, String title, Instant since);
}
