package no.samskap.platform.consumption;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.List;

/**
 * Rebuilds every read model of this deployable from the topics: stops consuming, lets each handler forget
 * what it keeps and forgets which messages were processed and held, all in one transaction, then reads every topic
 * from its first record. Because handlers are idempotent and ordered per aggregate, the result equals the
 * state before. Operators run it by starting the deployable once with {@code SAMSKAP_REPLAY_ON_START=true}.
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class ReadModelReplay {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelReplay.class);

    private final MessageConsumer consumer;
    private final List<MessageHandler> handlers;
    private final TransactionOperations<Connection> transactions;
    private final DSLContext sql;
    private final boolean replayOnStart;

    ReadModelReplay(MessageConsumer consumer, List<MessageHandler> handlers, TransactionOperations<Connection> transactions,
                    DSLContext sql, @Value("${samskap.messaging.replay-on-start:false}") boolean replayOnStart) {
        this.consumer = consumer;
        this.handlers = handlers;
        this.transactions = transactions;
        this.sql = sql;
        this.replayOnStart = replayOnStart;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (replayOnStart && !handlers.isEmpty()) {
            replay();
        }
    }

    public synchronized void replay() {
        LOG.info("Rebuilding the read models of {} handlers from the beginning of every topic.", handlers.size());
        consumer.stop();
        transactions.executeWrite(status -> {
            handlers.forEach(MessageHandler::forgetEverything);
            sql.execute("delete from processed_message");
            sql.execute("delete from held_message");
            return null;
        });
        consumer.startFromTheBeginning();
    }
}
