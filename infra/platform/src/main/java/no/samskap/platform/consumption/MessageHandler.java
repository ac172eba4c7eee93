package no.samskap.platform.consumption;

import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;

/**
 * Applies messages from one aggregate type's topic. {@link #handle} runs inside the transaction that also
 * records the message id as processed, so a redelivered or replayed message changes nothing. Every message
 * on the topic is passed, also types added after the handler was written; it ignores what it does not need,
 * by registering one function per type it follows in {@link HandlersByType} and handing each message to it.
 */
public interface MessageHandler {

    AggregateType source();

    void handle(Envelope envelope);

    /** Deletes everything this handler keeps, before a replay of its topic rebuilds it. */
    void forgetEverything();
}
