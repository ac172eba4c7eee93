package no.samskap.gateway.shell.live;

import io.micronaut.web.router.Router;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.shell.ExtraModule;
import no.samskap.gateway.shell.WithAndWithoutTheExtraModule;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A module adds a live stream by declaring a {@link LiveStream} bean; the shell serves it, and only while it is there. */
class LiveStreamsIT extends WithAndWithoutTheExtraModule {

    private static final String PATH = "/api/extra/stream";
    private static final Set<String> IDEAS_STREAMS = Set.of("GET /api/ideas/changes", "GET /api/staff/inbox/stream",
        "GET /api/me/notifications/stream");

    @Test
    void aModulesStreamCarriesItsEventsToThePersonTheyAreForAndToNoOneElse() {
        var gateway = withTheModule();
        var happenings = gateway.bean(ExtraModule.Happenings.class);
        var person = resident();
        var other = resident();
        var lines = new CopyOnWriteArrayList<String>();
        var stream = follow(gateway, person, PATH, lines);
        var forOther = UUID.randomUUID().toString();
        var forPerson = UUID.randomUUID().toString();

        // Told again until the stream has it: nothing is replayed to a viewer who connects later.
        eventually(() -> {
            happenings.announce(new ExtraModule.Happening(subjectOf(other), forOther, "elsewhere"));
            happenings.announce(new ExtraModule.Happening(subjectOf(person), forPerson, "here"));
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("data:")), lines.toString());
        });
        assertAll(
            () -> assertTrue(lines.contains("event: happened") || lines.contains("event:happened"), lines.toString()),
            () -> assertTrue(lines.contains("id: " + forPerson) || lines.contains("id:" + forPerson), lines.toString()),
            () -> assertTrue(lines.stream().anyMatch(line -> line.startsWith("data:") && line.contains("\"what\":\"here\"")),
                lines.toString()),
            () -> assertFalse(lines.stream().anyMatch(line -> line.contains(forOther)), lines.toString()));
        stream.cancel(true);
    }

    @Test
    void aStreamIsServedAsServerSentEventsThatNoOneKeeps() throws Exception {
        var gateway = withTheModule();
        var happenings = gateway.bean(ExtraModule.Happenings.class);
        var person = resident();
        var opened = HttpClient.newHttpClient().sendAsync(gateway.request(PATH)
            .header("Accept", "text/event-stream")
            .header("Cookie", cookies(gateway, person)).GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
        // The answer's head goes out with the first event.
        eventually(() -> {
            happenings.announce(new ExtraModule.Happening(subjectOf(person), "1", "opened"));
            assertTrue(opened.isDone());
        });

        var response = opened.join();
        response.body().close();
        assertAll(
            () -> assertEquals(200, response.statusCode()),
            () -> assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null)),
            () -> assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"),
                response.headers().toString()));
    }

    @Test
    void aStreamForThoseSignedInRefusesAVisitor() {
        var response = withTheModule().get(PATH, Map.of("Accept", "text/event-stream"));

        assertEquals(401, response.statusCode());
    }

    @Test
    void aModulesStreamIsARouteInTheApiDescriptionOnlyWhileTheModuleIsThere() {
        var with = withTheModule();
        var without = withoutTheModule();

        assertAll(
            () -> assertTrue(routes(with).contains("GET " + PATH), routes(with).toString()),
            () -> assertTrue(with.get("/openapi/samskap-1.yml").body().contains(PATH + ":")),
            () -> assertFalse(routes(without).contains("GET " + PATH), routes(without).toString()),
            () -> assertFalse(without.get("/openapi/samskap-1.yml").body().contains(PATH)));
    }

    @Test
    void theIdeasModulesStreamsAreServedWithOrWithoutAnotherModule() {
        assertAll(
            () -> assertTrue(routes(withTheModule()).containsAll(IDEAS_STREAMS),
                routes(withTheModule()).toString()),
            () -> assertTrue(routes(withoutTheModule()).containsAll(IDEAS_STREAMS),
                routes(withoutTheModule()).toString()));
    }

    private static Set<String> routes(GatewayUnderTest gateway) {
        return gateway.bean(Router.class).uriRoutes()
            .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
            .collect(Collectors.toSet());
    }
}
