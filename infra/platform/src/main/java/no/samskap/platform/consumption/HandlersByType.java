package no.samskap.platform.consumption;

import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.UnreadableMessageException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a {@link MessageHandler} does with each message type of its topic, one function per type and version, given
 * the payload read into the type's record. A type with no function is skipped, as ADR 0005 says of every type a
 * handler does not follow. A version the handler cannot read yet of a type it follows is unreadable: ADR 0003 wants
 * consumers to learn it before producers write it, and skipping it would leave the read model behind for good, so
 * the record is held with its aggregate (ADR 0044).
 */
public final class HandlersByType {

    private final AggregateType source;
    private final Map<Key, Handling<?>> byType;

    private HandlersByType(AggregateType source, Map<Key, Handling<?>> byType) {
        this.source = source;
        this.byType = Map.copyOf(byType);
    }

    /** Starts the functions for the messages of one aggregate type's topic. */
    public static Builder of(AggregateType source) {
        return new Builder(source);
    }

    public AggregateType source() {
        return source;
    }

    /**
     * Applies the envelope with the function of its type and version; false when the type is not followed and was
     * skipped.
     *
     * @throws UnreadableMessageException when the type is followed in other versions only
     */
    public boolean dispatch(Envelope envelope) {
        var handling = byType.get(new Key(envelope.type(), envelope.version()));
        if (handling == null) {
            refuseAnUnknownVersionOfAFollowedType(envelope);
            return false;
        }
        handling.apply(envelope);
        return true;
    }

    private void refuseAnUnknownVersionOfAFollowedType(Envelope envelope) {
        var known = byType.keySet().stream().filter(key -> key.name().equals(envelope.type()))
            .map(key -> "v" + key.version()).sorted().toList();
        if (!known.isEmpty()) {
            throw new UnreadableMessageException("Message " + envelope.id() + " is " + envelope.type() + " v"
                + envelope.version() + ", and this handler reads only " + String.join(", ", known) + ".", null);
        }
    }

    public static final class Builder {

        private final AggregateType source;
        private final Map<Key, Handling<?>> byType = new LinkedHashMap<>();

        private Builder(AggregateType source) {
            this.source = source;
        }

        /**
         * Registers what to do with one message type. A type of another topic would never arrive, and a second
         * function for the same type and version would make the order matter: both fail at start-up.
         */
        public <P> Builder on(MessageType<P> type, BiConsumer<Envelope, P> handler) {
            if (!type.aggregateType().equals(source)) {
                throw new IllegalArgumentException(type.name() + " v" + type.version() + " travels on "
                    + type.topic() + ", not on " + source.topic() + ", the topic of this handler.");
            }
            var previous = byType.putIfAbsent(new Key(type.name(), type.version()), new Handling<>(type, handler));
            if (previous != null) {
                throw new IllegalStateException(type.name() + " v" + type.version() + " is registered twice.");
            }
            return this;
        }

        public HandlersByType build() {
            return new HandlersByType(source, byType);
        }
    }

    private record Key(String name, int version) {
    }

    private record Handling<P>(MessageType<P> type, BiConsumer<Envelope, P> handler) {

        void apply(Envelope envelope) {
            handler.accept(envelope, EnvelopeCodec.payload(envelope, type));
        }
    }
}
