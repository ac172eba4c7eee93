package no.samskap.feedback.moderation.application;

import no.samskap.feedback.moderation.domain.ModerationEvent;

/** Publishes what moderation changed, in the transaction of the change. */
public interface ModerationMessages {

    void publish(ModerationEvent event);
}
