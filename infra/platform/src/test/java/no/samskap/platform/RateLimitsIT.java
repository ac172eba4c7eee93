package no.samskap.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.platform.fixture.PlatformApplication;
import no.samskap.platform.ratelimits.OverTheLimit;
import no.samskap.platform.ratelimits.WriteCounts;
import no.samskap.platform.ratelimits.WriteLimits;
import no.samskap.platform.security.WritingPerson;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances of a service built only on the platform, over one schema, as two replicas run: Trondheim (5001)
 * allows three writes a person a day, every other municipality the test kit's generous default. A day-long window,
 * so that no test run crosses into the next window between its writes (only one at midnight UTC could).
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsIT {

    private static final String LIMITED = "5001";

    private final TestTokens tokens = TestTokens.shared();
    private EmbeddedServer first;
    private EmbeddedServer second;
    private HttpClient firstClient;
    private HttpClient secondClient;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        var schema = infrastructure.freshSchema("rate_limits");
        var extra = new HashMap<String, Object>(tokens.applicationProperties());
        extra.put("platform-check.second-service", "on");
        extra.put("samskap.rate-limits.municipalities." + LIMITED + ".person-writes", 3);
        extra.put("samskap.rate-limits.municipalities." + LIMITED + ".window", "86400s");
        first = PlatformApplication.serve(infrastructure, schema, extra);
        second = PlatformApplication.serve(infrastructure, schema, extra);
        firstClient = first.getApplicationContext().createBean(HttpClient.class, first.getURL());
        secondClient = second.getApplicationContext().createBean(HttpClient.class, second.getURL());
    }

    @AfterAll
    void stop() {
        firstClient.close();
        secondClient.close();
        first.getApplicationContext().close();
        second.getApplicationContext().close();
    }

    @Test
    void refusesAPersonsWriteOverTheirMunicipalitysLimitWith429SayingTheLimitAndWhenToTryAgain() {
        var person = tokens.resident(UUID.randomUUID().toString(), LIMITED);
        assertEquals(List.of(201, 201, 201), List.of(write(firstClient, person), write(firstClient, person),
            write(firstClient, person)));

        var refusal = assertRefused(firstClient, person);

        var retryAfter = Long.parseLong(refusal.getResponse().header("Retry-After"));
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = refusal.getResponse().getBody(Map.class).orElseThrow();
        assertAll(
            () -> assertEquals("application/problem+json",
                refusal.getResponse().getContentType().orElseThrow().toString()),
            () -> assertEquals("https://samskap.no/problems/rate-limited", problem.get("type")),
            () -> assertEquals(429, problem.get("status")),
            () -> assertTrue(String.valueOf(problem.get("detail")).contains("3 changes per 86400 seconds"),
                String.valueOf(problem.get("detail"))),
            () -> assertTrue(String.valueOf(problem.get("detail")).contains("Try again in " + retryAfter + " seconds")),
            () -> assertTrue(retryAfter >= 1 && retryAfter <= 86_400, "Retry-After " + retryAfter));
    }

    @Test
    void countsAPersonsWritesToBothInstancesTogether() {
        var person = tokens.resident(UUID.randomUUID().toString(), LIMITED);

        assertEquals(List.of(201, 201, 201), List.of(write(firstClient, person), write(secondClient, person),
            write(firstClient, person)));

        assertEquals(429, assertRefused(secondClient, person).getStatus().getCode());
        assertEquals(429, assertRefused(firstClient, person).getStatus().getCode());
    }

    @Test
    void leavesOtherPeopleTheSamePersonElsewhereAndReadsAlone() {
        var subject = UUID.randomUUID().toString();
        var person = tokens.resident(subject, LIMITED);
        for (var i = 0; i < 4; i++) {
            write(firstClient, person);
        }

        assertAll(
            () -> assertEquals(201, write(firstClient, tokens.resident(UUID.randomUUID().toString(), LIMITED))),
            () -> assertEquals(201, write(secondClient, tokens.resident(subject, "1833"))),
            () -> assertEquals(200, firstClient.toBlocking().exchange(HttpRequest.GET("/offers").bearerAuth(person))
                .code()));
    }

    @Test
    void givesAMunicipalityWithoutLimitsOfItsOwnTheDefaults() {
        var person = tokens.resident(UUID.randomUUID().toString(), "1833");

        for (var i = 0; i < 10; i++) {
            assertEquals(201, write(i % 2 == 0 ? firstClient : secondClient, person));
        }
    }

    @Test
    void countsAWriteInsideItsTransactionOnlyWhenTheTransactionCommits() {
        var subject = UUID.randomUUID().toString();
        var person = new WritingPerson(subject, new MunicipalityNumber(LIMITED));
        var context = first.getApplicationContext();
        var counts = context.getBean(WriteCounts.class);
        var limits = context.getBean(WriteLimits.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        for (var i = 0; i < 5; i++) {
            transactions.executeWrite(status -> {
                counts.countAccepted(person, limits);
                status.setRollbackOnly();
                return null;
            });
        }

        transactions.executeWrite(status -> {
            counts.countAccepted(person, limits);
            return null;
        });

        var token = tokens.resident(subject, LIMITED);
        assertEquals(List.of(201, 201, 429), List.of(write(firstClient, token), write(secondClient, token),
            write(firstClient, token)));
        assertThrows(OverTheLimit.class, () -> transactions.executeWrite(status -> {
            counts.countAccepted(person, limits);
            return null;
        }));
    }

    @Test
    void refusesToCountAWriteOutsideATransaction() {
        var counts = first.getApplicationContext().getBean(WriteCounts.class);
        var limits = first.getApplicationContext().getBean(WriteLimits.class);
        var person = new WritingPerson(UUID.randomUUID().toString(), new MunicipalityNumber(LIMITED));

        assertThrows(IllegalStateException.class, () -> counts.countAccepted(person, limits));
    }

    private static HttpClientResponseException assertRefused(HttpClient client, String token) {
        try {
            client.toBlocking().exchange(offer(token), String.class);
        } catch (HttpClientResponseException refusal) {
            assertEquals(429, refusal.code(), refusal.getResponse().getBody(String.class).orElse(""));
            return refusal;
        }
        throw new AssertionError("The write was accepted");
    }

    private static int write(HttpClient client, String token) {
        try {
            return client.toBlocking().exchange(offer(token), String.class).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    private static HttpRequest<?> offer(String token) {
        return HttpRequest.POST("/offers", Map.of("what", "Lydutstyr")).bearerAuth(token);
    }
}
