package no.samskap.gateway.security;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two gateways over one database, behind a proxy they trust on 127.0.0.1, in front of a stand-in proposals service
 * that takes every idea. Rana (1833) allows three writes a person a day; Ullensvang (4618) four writes an address a
 * day; everything else has the test kit's generous defaults. Each test writes from an address of its own, named in
 * X-Forwarded-For, so the tests count apart. A day-long window, so no run crosses into the next between its writes.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsIT {

    private static final String IDEA = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";
    private static final String IDEA_FORM = "title=Konsert+i+parken&body=Om+sommeren&serviceArea=kino";

    private StandInProposals proposals;
    private GatewayUnderTest first;
    private GatewayUnderTest second;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        proposals.answer("POST", "/ideas", Answer.json(201, """
            {"id":"%s","status":"published","title":"Konsert i parken"}""".formatted(IDEA)));
        var settings = settingsTrusting("127.0.0.1");
        settings.put("samskap.rate-limits.municipalities.1833.person-writes", 3);
        settings.put("samskap.rate-limits.municipalities.1833.window", "86400s");
        settings.put("samskap.rate-limits.municipalities.4618.address-writes", 4);
        settings.put("samskap.rate-limits.municipalities.4618.window", "86400s");
        first = GatewayUnderTest.start(infrastructure, settings);
        second = first.secondInstance(infrastructure, settings);
        forms = new FormPosts(first);
    }

    @AfterAll
    void stop() {
        second.close();
        first.close();
        proposals.close();
    }

    @Test
    void showsAFormSentOverThePersonsLimitAPageInItsLanguageSayingWhenToTryAgain() {
        var person = ranaResident();
        var address = freshAddress();
        for (var i = 0; i < 3; i++) {
            assertEquals(303, formPost(first, person, "/ideer/ny", address).statusCode());
        }
        var callsBefore = proposals.callsTo("/ideas").size();

        var refused = formPost(first, person, "/ideer/ny?lang=nn", address);

        var page = refused.body();
        var retryAfter = refused.headers().firstValue("Retry-After").orElse("");
        assertAll(
            () -> assertEquals(429, refused.statusCode()),
            () -> assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html")),
            () -> assertTrue(retryAfter.matches("\\d+") && Long.parseLong(retryAfter) <= 86_400, retryAfter),
            () -> assertTrue(page.contains("<html lang=\"nn\">"), page),
            () -> assertTrue(page.contains("For mange endringar på kort tid"), page),
            () -> assertTrue(page.contains("grensa på 3 per"), page),
            () -> assertTrue(page.contains("ingenting vart lagra"), page),
            () -> assertEquals(callsBefore, proposals.callsTo("/ideas").size(), "the refused idea reached the service"));
    }

    @Test
    void answersAnApiWriteOverThePersonsLimitWithProblemJsonAndRetryAfter() {
        var person = ranaResident();
        var address = freshAddress();
        for (var i = 0; i < 3; i++) {
            assertEquals(201, apiPost(first, person, address).statusCode());
        }

        var refused = apiPost(first, person, address);

        assertAll(
            () -> assertEquals(429, refused.statusCode()),
            () -> assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")),
            () -> assertTrue(refused.headers().firstValue("Retry-After").orElse("").matches("\\d+")),
            () -> assertTrue(refused.body().contains("\"type\":\"https://samskap.no/problems/rate-limited\""),
                refused.body()),
            () -> assertTrue(refused.body().contains("Too many changes from you: the limit is 3 changes per 86400"
                + " seconds"), refused.body()));
    }

    @Test
    void refusesWritesFromOneAddressOverItsLimitWhoeverSendsThemAndLetsOtherAddressesWrite() {
        var address = freshAddress();
        var statuses = new ArrayList<Integer>();
        for (var i = 0; i < 4; i++) {
            statuses.add(apiPost(first, ullensvangResident(), address).statusCode());
        }

        var refused = apiPost(first, ullensvangResident(), address);
        var refusedForm = formPost(first, ullensvangResident(), "/ideer/ny", address);

        assertAll(
            () -> assertEquals(List.of(201, 201, 201, 201), statuses),
            () -> assertEquals(429, refused.statusCode()),
            () -> assertTrue(refused.body().contains("Too many changes from your address: the limit is 4 changes"),
                refused.body()),
            () -> assertEquals(429, refusedForm.statusCode()),
            () -> assertTrue(refusedForm.body().contains("Det er gjort flere endringer fra nettverket ditt"),
                refusedForm.body()),
            () -> assertEquals(201, apiPost(first, ullensvangResident(), freshAddress()).statusCode()));
    }

    @Test
    void countsWritesToBothGatewaysTogether() {
        var person = ranaResident();
        var address = freshAddress();

        var accepted = List.of(apiPost(first, person, address).statusCode(), apiPost(second, person, address).statusCode(),
            apiPost(first, person, address).statusCode());

        assertEquals(List.of(201, 201, 201), accepted);
        assertEquals(429, apiPost(second, person, address).statusCode());
        assertEquals(429, formPost(first, person, "/ideer/ny", address).statusCode());
    }

    @Test
    void takesXForwardedForOnlyFromATrustedProxy(TestInfrastructure infrastructure) {
        var settings = settingsTrusting("10.0.0.7");
        settings.put("samskap.rate-limits.municipalities.4618.address-writes", 2);
        settings.put("samskap.rate-limits.municipalities.4618.window", "86400s");
        try (var exposed = first.secondInstance(infrastructure, settings)) {
            var statuses = new ArrayList<Integer>();
            for (var i = 0; i < 3; i++) {
                statuses.add(apiPost(exposed, ullensvangResident(), freshAddress()).statusCode());
            }

            assertEquals(List.of(201, 201, 429), statuses, "each claimed a new address, but all came from 127.0.0.1");
        }
    }

    private Map<String, Object> settingsTrusting(String proxy) {
        var settings = new HashMap<String, Object>();
        settings.put("samskap-gateway.proposals-url", proposals.url());
        settings.put("samskap-gateway.read-your-writes.timeout", "100ms");
        settings.put("samskap.trusted-proxies", proxy);
        return settings;
    }

    private HttpResponse<String> formPost(GatewayUnderTest gateway, Person person, String path, String address) {
        return gateway.send(gateway.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", forms.cookiesOf(person) + "; samskap_csrf=" + FormPosts.CSRF)
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString(IDEA_FORM + "&_csrf=" + FormPosts.CSRF))
            .build());
    }

    private HttpResponse<String> apiPost(GatewayUnderTest gateway, Person person, String address) {
        return gateway.send(gateway.request("/api/ideas")
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Cookie", forms.cookiesOf(person))
            .header("X-Forwarded-For", address)
            .POST(HttpRequest.BodyPublishers.ofString("""
                {"municipality":"%s","title":"Konsert i parken","body":"Om sommeren","serviceArea":"kino"}"""
                .formatted(person.municipality())))
            .build());
    }

    private static Person ranaResident() {
        return new Person("rana-" + UUID.randomUUID(), "Kari Nordmann", "1833", List.of("resident"));
    }

    private static Person ullensvangResident() {
        return new Person("ullensvang-" + UUID.randomUUID(), "Per Lofthus", "4618", List.of("resident"));
    }

    private static String freshAddress() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "198.51." + ((random >>> 8) & 0xff) + "." + (random & 0xff);
    }
}
