package no.samskap.systemtests;

import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Takes the Kafka broker away while residents keep submitting ideas; every accepted idea must arrive. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerOutageIT {

    private static final int SUBMISSIONS = 150;
    private static final int STOP_BROKER_AFTER = 40;
    private static final int START_BROKER_AFTER = 100;

    private TestInfrastructure infrastructure;
    private RunningPlatform platform;

    @BeforeAll
    void start(TestInfrastructure infrastructure) throws Exception {
        this.infrastructure = infrastructure;
        platform = RunningPlatform.start(infrastructure, Path.of("target/system-test-logs/broker-outage"));
    }

    @AfterAll
    void stop() throws Exception {
        infrastructure.kafkaBroker().start();
        platform.close();
    }

    @Test
    void everyIdeaAcceptedWhileTheBrokerWasDownReachesTheGatewayAfterItReturns() throws Exception {
        var accepted = Collections.synchronizedSet(new HashSet<String>());
        var answered = new AtomicInteger();
        var brokerStopped = new CountDownLatch(1);
        var brokerStarted = new CountDownLatch(1);
        var submitter = new Thread(() -> submit(accepted, answered, brokerStopped, brokerStarted), "resident-submitting");
        submitter.start();

        var broker = infrastructure.kafkaBroker();
        awaitAnswered(answered, STOP_BROKER_AFTER);
        broker.stop();
        brokerStopped.countDown();
        awaitAnswered(answered, START_BROKER_AFTER);
        assertTrue(unsentInProposalsOutbox() >= START_BROKER_AFTER - STOP_BROKER_AFTER,
            "the ideas accepted during the outage wait in the outbox");
        broker.start();
        brokerStarted.countDown();
        submitter.join(Duration.ofSeconds(120).toMillis());

        assertEquals(SUBMISSIONS, accepted.size(), "the proposals service accepts ideas while Kafka is down");
        eventually(Duration.ofSeconds(90), () -> {
            var missing = missingFromGateway(accepted);
            assertTrue(missing.isEmpty(), missing.size() + " of " + accepted.size() + " accepted ideas are not on the gateway, e.g. "
                + missing.stream().limit(3).toList());
        });
    }

    private void submit(Set<String> accepted, AtomicInteger answered, CountDownLatch brokerStopped,
                        CountDownLatch brokerStarted) {
        try {
            for (int i = 1; i <= SUBMISSIONS; i++) {
                if (i == STOP_BROKER_AFTER + 1) {
                    brokerStopped.await(60, TimeUnit.SECONDS);
                }
                if (i == START_BROKER_AFTER + 1) {
                    brokerStarted.await(60, TimeUnit.SECONDS);
                }
                var response = platform.submitIdea("rana-resident-" + (i % 7), "1833", "Idé under brudd " + i);
                if (response.statusCode() == 201) {
                    accepted.add(RunningPlatform.idOf(response));
                }
                answered.incrementAndGet();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> missingFromGateway(Set<String> accepted) throws Exception {
        var missing = new HashSet<String>();
        for (var id : Set.copyOf(accepted)) {
            if (platform.get(platform.gateway.uri("/api/ideas/" + id)).statusCode() != 200) {
                missing.add(id);
            }
        }
        return missing;
    }

    private long unsentInProposalsOutbox() throws Exception {
        try (var connection = infrastructure.connect(platform.proposals.schema());
             var rows = connection.createStatement().executeQuery("select count(*) from outbox_message where sent_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void awaitAnswered(AtomicInteger answered, int count) {
        eventually(Duration.ofSeconds(60), () -> assertTrue(answered.get() >= count, "answered " + answered.get()));
    }
}
