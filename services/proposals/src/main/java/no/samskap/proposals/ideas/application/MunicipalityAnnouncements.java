package no.samskap.proposals.ideas.application;

import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;

import java.time.Instant;

/**
 * What the application tells every service about a municipality (ADR 0022, 0023): its description after each change
 * of its settings, and who is blocked in it; the messaging adapter writes it to the outbox in the caller's transaction.
 */
public interface MunicipalityAnnouncements {

    void described(MunicipalitySettings settings, Instant now);

    void blocked(Municipality municipality, String personId, Instant now);

    void unblocked(Municipality municipality, String personId, Instant now);
}
