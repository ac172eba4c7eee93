package no.samskap.proposals.ideas.domain;

import java.util.Optional;

/** Innbyggerforslag by the idea they were made of, at most one per idea. */
public interface Petitions {

    Optional<Petition> find(IdeaId idea);

    /** The petition, its row locked until the caller's transaction ends, so steps on one petition queue up. */
    Optional<Petition> lock(IdeaId idea);

    /** False when the idea had one already. */
    boolean add(Petition petition);

    void save(Petition petition);
}
