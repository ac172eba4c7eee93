package no.samskap.contract;

/**
 * A kind of message on the wire: its stable name (never a Java class name), its version, the aggregate type
 * that produces it, and the record its payload reads into. A new field is a compatible change within a
 * version; renaming or removing one needs a new version.
 */
public record MessageType<P>(String name, int version, AggregateType aggregateType, Class<P> payloadType) {

    public String topic() {
        return aggregateType.topic();
    }
}
