package no.samskap.gateway.shell;

import no.samskap.gateway.EventStreamLines;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Two gateways on the same infrastructure, one with the test-only {@link ExtraModule} and one without, so a test of
 * an extension point shows what a module's contribution adds and that leaving the module out takes it away.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithAndWithoutTheExtraModule {

    private static final String CONSUMER_GROUP = "samskap.messaging.consumer-group";

    private GatewayUnderTest with;
    private GatewayUnderTest without;

    @BeforeAll
    protected void startBoth(TestInfrastructure infrastructure) {
        // A consumer group each, so both gateways read every message rather than sharing the topics' partitions.
        with = GatewayUnderTest.start(infrastructure, Map.of(ExtraModule.SWITCH, "on",
            CONSUMER_GROUP, "gateway-with-extra-" + UUID.randomUUID()));
        without = GatewayUnderTest.start(infrastructure, Map.of(CONSUMER_GROUP, "gateway-without-extra-" + UUID.randomUUID()));
    }

    @AfterAll
    protected void stopBoth() {
        if (without != null) {
            without.close();
        }
        with.close();
    }

    protected GatewayUnderTest withTheModule() {
        return with;
    }

    protected GatewayUnderTest withoutTheModule() {
        return without;
    }

    protected static Person resident() {
        return new Person("extra-" + UUID.randomUUID(), "Siri Olsen", "1833", List.of("resident"));
    }

    protected static Person staff() {
        return new Person("extra-staff-" + UUID.randomUUID(), "Kari Nilsen", "1833", List.of("staff"));
    }

    /** The subject the stand-in identity provider gives the person, which modules key their data by. */
    protected static String subjectOf(Person person) {
        return person.subject();
    }

    protected static HttpResponse<String> get(GatewayUnderTest gateway, Person person, String path) {
        return gateway.get(path, Map.of("Accept", "text/html", "Cookie", cookies(gateway, person)));
    }

    /** Opens a stream as the person and collects its lines as they arrive; cancel the answer to close it. */
    protected static CompletableFuture<HttpResponse<Void>> follow(GatewayUnderTest gateway, Person person, String path,
                                                                  List<String> lines) {
        return EventStreamLines.follow(gateway.request(path)
            .timeout(Duration.ofMinutes(2))
            .header("Accept", "text/event-stream")
            .header("Cookie", cookies(gateway, person))
            .GET().build(), lines);
    }

    protected static String cookies(GatewayUnderTest gateway, Person person) {
        var provider = gateway.identityProvider();
        return "samskap_id=" + provider.idToken(person, Duration.ofMinutes(5))
            + "; samskap_access=" + provider.accessToken(person, Duration.ofMinutes(5));
    }
}
