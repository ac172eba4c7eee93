package no.samskap.platform.outbox;

import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;

import java.time.Instant;
import java.util.UUID;

/** A domain event on its way out: the type it travels as, and what the envelope needs. */
public record OutgoingMessage<P>(MessageType<P> type, UUID id, Instant occurredAt, String municipality,
                                 String aggregateId, P payload) {

    Envelope envelope() {
        return EnvelopeCodec.wrap(type, payload, id, occurredAt, municipality, aggregateId);
    }
}
