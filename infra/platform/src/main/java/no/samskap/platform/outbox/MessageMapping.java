package no.samskap.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The message each kind of domain event becomes, one function per record of a sealed domain-event interface. Building
 * it fails when a record has no function, so a new kind of domain event cannot reach the outbox unmapped: the class
 * that holds the mapping fails to load, and with it the service's start and its unit test.
 */
public final class MessageMapping<E> {

    private final Map<Class<?>, Function<E, OutgoingMessage<?>>> byType;

    private MessageMapping(Map<Class<?>, Function<E, OutgoingMessage<?>>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static <E> Builder<E> of(Class<E> sealedType) {
        if (!sealedType.isSealed()) {
            throw new IllegalArgumentException(sealedType.getSimpleName() + " is not sealed: no mapping is complete.");
        }
        return new Builder<>(sealedType);
    }

    public OutgoingMessage<?> toMessage(E domainEvent) {
        var mapping = byType.get(domainEvent.getClass());
        if (mapping == null) {
            throw new IllegalArgumentException("No message for " + domainEvent.getClass().getSimpleName());
        }
        return mapping.apply(domainEvent);
    }

    public static final class Builder<E> {

        private final Class<E> sealedType;
        private final Map<Class<?>, Function<E, OutgoingMessage<?>>> byType = new HashMap<>();

        private Builder(Class<E> sealedType) {
            this.sealedType = sealedType;
        }

        public <T extends E> Builder<E> on(Class<T> type, Function<? super T, OutgoingMessage<?>> mapping) {
            if (byType.putIfAbsent(type, domainEvent -> mapping.apply(type.cast(domainEvent))) != null) {
                throw new IllegalStateException(type.getSimpleName() + " is mapped twice.");
            }
            return this;
        }

        public MessageMapping<E> build() {
            var unmapped = records(sealedType).filter(type -> !byType.containsKey(type))
                .map(Class::getSimpleName).sorted().toList();
            if (!unmapped.isEmpty()) {
                throw new IllegalStateException(sealedType.getSimpleName() + " has no message for " + unmapped + ".");
            }
            return new MessageMapping<>(byType);
        }

        private static Stream<Class<?>> records(Class<?> type) {
            if (!type.isSealed()) {
                return Stream.of(type);
            }
            return Stream.of(type.getPermittedSubclasses()).flatMap(Builder::records);
        }
    }
}
