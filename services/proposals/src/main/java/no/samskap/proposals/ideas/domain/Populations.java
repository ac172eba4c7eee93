package no.samskap.proposals.ideas.domain;

import java.util.Optional;

/** Each municipality's population; none until its admin sets it. */
public interface Populations {

    Optional<Population> of(Municipality municipality);

    void save(Population population);
}
