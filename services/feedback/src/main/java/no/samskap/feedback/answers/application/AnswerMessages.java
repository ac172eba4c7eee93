package no.samskap.feedback.answers.application;

import no.samskap.feedback.answers.domain.AnswerEvent;

/** Publishes what answering changed, in the transaction of the change. */
public interface AnswerMessages {

    void publish(AnswerEvent event);
}
