package no.samskap.gateway.shell;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.TestInfrastructure;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Two gateways on the same infrastructure, one with the test-only {@link ExtraModule} and one without, so a test
 * shows what a module's contribution adds and that leaving the module out takes it away.
 */
public final class ExtraModuleGateways implements AutoCloseable {

    private final GatewayUnderTest with;
    private final GatewayUnderTest without;

    private ExtraModuleGateways(GatewayUnderTest with, GatewayUnderTest without) {
        this.with = with;
        this.without = without;
    }

    public static ExtraModuleGateways start(TestInfrastructure infrastructure) {
        var with = GatewayUnderTest.start(infrastructure, Map.of(ExtraModule.SWITCH, "on"));
        try {
            return new ExtraModuleGateways(with, GatewayUnderTest.start(infrastructure));
        } catch (RuntimeException e) {
            with.close();
            throw e;
        }
    }

    public GatewayUnderTest withTheModule() {
        return with;
    }

    public GatewayUnderTest withoutTheModule() {
        return without;
    }

    public static Person resident() {
        return new Person("extra-" + UUID.randomUUID(), "Siri Olsen", "1833", List.of("resident"));
    }

    public static Person staff() {
        return new Person("extra-staff-" + UUID.randomUUID(), "Kari Nilsen", "1833", List.of("staff"));
    }

    /** The subject the stand-in identity provider gives the person, which modules key their data by. */
    public static String subjectOf(Person person) {
        return UUID.nameUUIDFromBytes(person.username().getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static HttpResponse<String> get(GatewayUnderTest gateway, Person person, String path) {
        return gateway.get(path, Map.of("Accept", "text/html", "Cookie", cookies(gateway, person)));
    }

    /** Opens a stream as the person and collects its lines as they arrive; cancel the answer to close it. */
    public static CompletableFuture<HttpResponse<Void>> follow(GatewayUnderTest gateway, Person person, String path,
                                                               List<String> lines) {
        return HttpClient.newHttpClient().sendAsync(gateway.request(path)
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "text/event-stream")
                .header("Cookie", cookies(gateway, person))
                .GET().build(),
            HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    lines.add(line);
                }

                @Override
                public void onError(Throwable throwable) {
                    lines.add("(error " + throwable + ")");
                }

                @Override
                public void onComplete() {
                    lines.add("(closed)");
                }
            }));
    }

    public static String cookies(GatewayUnderTest gateway, Person person) {
        var provider = gateway.identityProvider();
        return "samskap_id=" + provider.idToken(person, Duration.ofMinutes(5))
            + "; samskap_access=" + provider.accessToken(person, Duration.ofMinutes(5));
    }

    @Override
    public void close() {
        without.close();
        with.close();
    }
}
