package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.Petition;

import java.time.Instant;

/**
 * What the application tells others of innbyggerforslag, in the caller's transaction: counts and the council's
 * decision, never who signed.
 */
public interface PetitionMessages {

    void started(Petition petition);

    void signatureCountChanged(Petition petition, Instant now);

    void sent(Petition petition);

    void handled(Petition petition);
}
