package no.samskap.platform;

import java.util.Map;

/** Every sentence of {@link MessageConsumerIT} again, with a poll's partitions applied in three transactions at once. */
class MessageConsumerSideBySideIT extends MessageConsumerIT {

    @Override
    Map<String, Object> settings() {
        return Map.of("platform-check.projection", "on", "samskap.messaging.consumer.parallel-transactions", "3");
    }
}
