package no.samskap.platform.consumption;

import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;

import java.util.Set;

/**
 * Applies messages from one aggregate type's topic. {@link #handle} runs inside the transaction that also
 * records the message id as processed, so a redelivered or replayed message changes nothing. Messages of
 * types a handler does not know are passed too; it ignores what it does not need.
 */
public interface MessageHandler {

    AggregateType source();

    void handle(Envelope envelope);

    default Set<String> handledTypes() {
        return Set.of();
    }
}
