package no.samskap.contract;

/**
 * An aggregate type that publishes messages. Each has one topic, {@code samskap.<service>.<aggregate>}, keyed
 * by aggregate id so all messages about one aggregate stay in order on one partition.
 */
public record AggregateType(String service, String name) {

    public String topic() {
        return "samskap." + service + "." + name;
    }
}
