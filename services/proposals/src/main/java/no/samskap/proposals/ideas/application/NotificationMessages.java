package no.samskap.proposals.ideas.application;

import no.samskap.contract.proposals.NotificationAdded;

import java.time.Instant;

/**
 * What the application tells a person's notification feed; the messaging adapter writes it to the outbox in the
 * caller's transaction.
 */
public interface NotificationMessages {

    void publishAdded(String municipality, NotificationAdded added);

    void publishRead(String municipality, String personId, long upTo, Instant now);
}
