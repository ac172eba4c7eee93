package no.samskap.feedback.feedback.application;

import no.samskap.feedback.feedback.domain.FeedbackEvent;

/** Where feedback's domain events go: the outbox, in the transaction of the change. */
public interface FeedbackPublication {

    void publish(FeedbackEvent event);
}
