package no.samskap.gateway.security;

import io.micronaut.web.router.Router;
import no.samskap.contract.feedback.FeedbackGiven;
import no.samskap.contract.feedback.FeedbackMessages;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.events.EventMessagesOnKafka;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.IdeaMessagesOnKafka;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.organisations.AssociationMessagesOnKafka;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.municipalities.MunicipalitiesOnKafka;
import no.samskap.testkit.AuthorizationMatrix;
import no.samskap.testkit.MessagesOnKafka;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks every route the gateway serves against the written table in {@code authorization-matrix.txt}: what each
 * persona gets from the gateway itself, with a stand-in proposals service that says yes to everything relayed.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayAuthorizationMatrixIT {

    static final String MUNICIPALITY = "1833";
    private static final String CSRF = "m".repeat(43);
    private static final String IDEA = UUID.nameUUIDFromBytes("matrix-idea".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String COMMENT = UUID.nameUUIDFromBytes("matrix-comment".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String BLOCKED = "matrix-blocked-person";
    private static final String ASSOCIATION = UUID.nameUUIDFromBytes("matrix-association".getBytes(StandardCharsets.UTF_8))
        .toString();
    private static final String INVITATION = UUID.nameUUIDFromBytes("matrix-invitation".getBytes(StandardCharsets.UTF_8))
        .toString();
    private static final String MEMBER = "matrix-member";
    private static final String HELP_REQUEST = UUID.nameUUIDFromBytes("matrix-help-request".getBytes(StandardCharsets.UTF_8))
        .toString();
    private static final String HOURS = UUID.nameUUIDFromBytes("matrix-hours".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String RECORD_CODE = "matrix-record-code";
    private static final String OFFER = UUID.nameUUIDFromBytes("matrix-offer".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String OTHER_ASSOCIATION = UUID.nameUUIDFromBytes("matrix-other-association"
        .getBytes(StandardCharsets.UTF_8)).toString();
    private static final String ATTEST_REQUEST = UUID.nameUUIDFromBytes("matrix-attest-request"
        .getBytes(StandardCharsets.UTF_8)).toString();
    private static final String EVENT = UUID.nameUUIDFromBytes("matrix-event".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String SHIFT = UUID.nameUUIDFromBytes("matrix-shift".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String VENUE = UUID.nameUUIDFromBytes("matrix-venue".getBytes(StandardCharsets.UTF_8)).toString();
    private static final String ROOM_BOOKING = UUID.nameUUIDFromBytes("matrix-room-booking"
        .getBytes(StandardCharsets.UTF_8)).toString();
    private static final String FEEDBACK = UUID.nameUUIDFromBytes("matrix-feedback".getBytes(StandardCharsets.UTF_8))
        .toString();

    private final AuthorizationMatrix matrix = AuthorizationMatrix.read("/authorization-matrix.txt");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private StandInProposals proposals;
    /** The same stand-in, answering as the organisations service. */
    private StandInProposals organisations;
    /** The same stand-in, answering as the events service. */
    private StandInProposals eventsService;
    private GatewayUnderTest gateway;
    private IdeaMessagesOnKafka messages;
    private AssociationMessagesOnKafka associations;
    private EventMessagesOnKafka events;
    private Map<String, GatewayRequest> requests;
    private Map<AuthorizationMatrix.Cell, CompletableFuture<Integer>> streamStatuses;
    private final ExecutorService streams = Executors.newCachedThreadPool();

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        proposals = StandInProposals.onAFreePort();
        organisations = StandInProposals.onAFreePort();
        eventsService = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.ofEntries(
            Map.entry("samskap-gateway.proposals-url", proposals.url()),
            Map.entry("samskap-gateway.proposals-read-timeout", "2s"),
            Map.entry("samskap-gateway.organisations-url", organisations.url()),
            Map.entry("samskap-gateway.organisations-read-timeout", "2s"),
            Map.entry("samskap-gateway.events-url", eventsService.url()),
            Map.entry("samskap-gateway.events-read-timeout", "2s"),
            Map.entry("samskap-gateway.feedback-url", eventsService.url()),
            Map.entry("samskap-gateway.feedback-read-timeout", "2s"),
            Map.entry("samskap-gateway.read-your-writes.timeout", "100ms")));
        try (var municipalities = new MunicipalitiesOnKafka(infrastructure)) {
            municipalities.described(MUNICIPALITY, "Rana", List.of());
        }
        messages = new IdeaMessagesOnKafka(infrastructure);
        messages.submittedAndPublished(IDEA, MUNICIPALITY, "Sommerkino i parken");
        eventually(() -> assertEquals(200, gateway.get("/api/ideas/" + IDEA).statusCode()));
        eventually(() -> assertEquals(200, gateway.get("/kommuner/" + MUNICIPALITY).statusCode()));
        associations = new AssociationMessagesOnKafka(infrastructure);
        associations.registered(ASSOCIATION, MUNICIPALITY, "974760673", "Mo Songkor", "kor",
            Personas.subjectOf(Personas.of("association-admin").orElseThrow()));
        associations.send(OrganisationsMessages.MEMBER_ADDED, new MemberAdded(ASSOCIATION,
            Personas.subjectOf(Personas.of("member").orElseThrow()), "member",
            Personas.subjectOf(Personas.of("association-admin").orElseThrow()), AssociationMessagesOnKafka.AT),
            MUNICIPALITY, ASSOCIATION);
        associations.registered(OTHER_ASSOCIATION, MUNICIPALITY, "983609155", "Rana Idrettslag", "idrettslag",
            Personas.subjectOf(Personas.of("admin-elsewhere").orElseThrow()));
        eventually(() -> assertEquals(200, gateway.get("/api/associations/" + ASSOCIATION).statusCode()));
        for (var persona : List.of("association-admin", "member", "admin-elsewhere")) {
            var person = Personas.of(persona).orElseThrow();
            eventually(() -> assertTrue(body(person, "/api/me/associations").contains(
                "admin-elsewhere".equals(persona) ? OTHER_ASSOCIATION : ASSOCIATION), persona));
        }
        events = new EventMessagesOnKafka(infrastructure);
        events.published(EVENT, MUNICIPALITY, EventMessagesOnKafka.concert("Vårkonsert",
            EventMessagesOnKafka.SATURDAY_EVENING));
        events.shiftCreated(EVENT, MUNICIPALITY, SHIFT, "Billettkontroll", 2, null);
        eventually(() -> assertTrue(gateway.get("/api/events/" + EVENT + "/shifts").body().contains(SHIFT)));
        events.venueDescribed(VENUE, MUNICIPALITY, "Kulturhuset", List.of("step-free"));
        eventually(() -> assertEquals(200, gateway.get("/lokaler/" + VENUE).statusCode()));
        feedbackOnKafka(infrastructure);
        proposalsSaysYes();
        organisationsSaysYes();
        eventsSaysYes();
        feedbackSaysYes();
        requests = requests();
    }

    @AfterAll
    void stop() {
        streams.shutdownNow();
        messages.close();
        associations.close();
        events.close();
        gateway.close();
        eventsService.close();
        proposals.close();
        organisations.close();
    }

    @Test
    void everyRouteTheGatewayServesHasARowAndARequest() {
        var served = gateway.bean(Router.class).uriRoutes()
            .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
            .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
            .collect(Collectors.toSet());

        var rows = RouteCoverage.of(served, matrix.routes());
        var known = RouteCoverage.of(served, requests.keySet());
        assertAll(
            () -> assertTrue(rows.complete(), rows.describe("a row in authorization-matrix.txt")),
            () -> assertTrue(known.complete(), known.describe("a request this test knows how to make")));
    }

    /** The personas an association has, named as in the organisations service's table: none may be left out. */
    @Test
    void everyRouteHasACellForEachAssociationPersona() {
        var personas = Set.of("association-admin", "member", "admin-elsewhere");
        var missing = matrix.routes().stream().filter(route -> !matrix.cells()
                .filter(cell -> cell.route().equals(route)).map(AuthorizationMatrix.Cell::persona)
                .collect(Collectors.toSet()).containsAll(personas))
            .toList();

        assertEquals(List.of(), missing, "routes without a cell for " + personas);
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsWhatTheTableSays() {
        return matrix.cells().map(cell -> DynamicTest.dynamicTest(cell.persona() + " " + cell.route() + " -> " + cell.status(),
            () -> assertEquals(cell.status(), requests.get(cell.route()).kind() == Kind.STREAM
                    ? streamStatuses().get(cell).join()
                    : statusOf(requests.get(cell.route()), Personas.of(cell.persona()), true),
                cell.persona() + " on " + cell.route())));
    }

    /**
     * The gateway answers a stream it opens only with its first event or keep-alive, up to 15 s later, so every
     * stream cell is asked at once, the first time one is needed.
     */
    private Map<AuthorizationMatrix.Cell, CompletableFuture<Integer>> streamStatuses() {
        if (streamStatuses == null) {
            streamStatuses = matrix.cells().filter(cell -> requests.get(cell.route()).kind() == Kind.STREAM)
                .collect(Collectors.toMap(cell -> cell, cell -> CompletableFuture.supplyAsync(
                    () -> statusOf(requests.get(cell.route()), Personas.of(cell.persona()), true), streams)));
        }
        return streamStatuses;
    }

    /** The matrix sends every form with its CSRF pair; with the cookie but not the field, every form is refused unasked. */
    @TestFactory
    Stream<DynamicTest> everyFormPostWithoutItsCsrfTokenIsRefused() {
        return requests.entrySet().stream()
            .filter(entry -> entry.getValue().kind() == Kind.FORM)
            .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                var route = entry.getKey();
                var persona = matrix.cells()
                    // Any answer but 401 and 403 got past the CSRF check: a form refused for its content (erasing one's
                    // account unticked, 400) or by the service (an idea the stand-in does not know, 404) too.
                    .filter(cell -> cell.route().equals(route) && !cell.persona().equals("anonymous")
                        && cell.status() != 401 && cell.status() != 403)
                    .findFirst().orElseThrow(() -> new AssertionError("No persona may post " + route)).persona();
                var callsBefore = proposals.calls().size() + organisations.calls().size() + eventsService.calls().size();

                var status = statusOf(entry.getValue(), Personas.of(persona), false);

                assertEquals(403, status, persona + " on " + route + " without the CSRF token");
                assertEquals(callsBefore, proposals.calls().size() + organisations.calls().size()
                    + eventsService.calls().size(), "a service was asked");
            }));
    }

    /** A 200 for another municipality's staff must be their own municipality's inbox and dashboard, not this one's. */
    @Test
    void staffOfAnotherMunicipalitySeeTheirOwnInboxAndDashboardNotThisOnes() {
        var here = Personas.of("staff").orElseThrow();
        var elsewhere = Personas.of("staff-elsewhere").orElseThrow();
        eventually(() -> assertTrue(body(here, "/api/staff/inbox").contains(IDEA)));

        assertAll(
            () -> assertTrue(body(here, "/stab/innboks").contains(IDEA)),
            () -> assertFalse(body(elsewhere, "/api/staff/inbox").contains(IDEA)),
            () -> assertFalse(body(elsewhere, "/stab/innboks").contains(IDEA)),
            () -> assertTrue(body(elsewhere, "/api/staff/dashboard").contains("\"municipality\":\"4618\""),
                body(elsewhere, "/api/staff/dashboard")));
    }

    @Test
    void sendsAnAnonymousVisitorToSignInFromEveryPageAndFormThatNeedsOne() {
        var signingIn = Set.of("GET /logg-inn", "GET /oauth/login/keycloak", "GET /oauth/callback/keycloak",
            "POST /oauth/callback/keycloak", "POST /logg-ut");
        var routes = matrix.cells()
            .filter(cell -> cell.persona().equals("anonymous") && cell.status() == 303 && !signingIn.contains(cell.route()))
            .map(AuthorizationMatrix.Cell::route).toList();

        assertFalse(routes.isEmpty());
        assertAll(routes.stream().map(route -> () -> assertEquals(Optional.of("/logg-inn"),
            send(requests.get(route), Optional.empty(), true).headers().firstValue("Location"), route)));
    }

    /** The table asks for one fingerprinted asset; the plain names older pages link are open to everyone as well. */
    @Test
    void staticAssetsAndTheOpenApiAndAsyncApiDocumentsAreOpenToEveryone() {
        for (var path : List.of("/assets/samskap.css", "/assets/staff-inbox.js", "/openapi/samskap-1.yml",
                "/asyncapi/samskap-1.yml")) {
            assertEquals(200, gateway.get(path).statusCode(), path);
            assertEquals(200, gateway.get(path, Map.of("Cookie", cookiesOf(Personas.of("resident").orElseThrow())))
                .statusCode(), path);
        }
    }

    @Test
    void aSignInCallbackTheGatewayDidNotStartSignsNoOneIn() {
        for (var route : List.of("GET /oauth/callback/keycloak", "POST /oauth/callback/keycloak")) {
            var response = send(requests.get(route), Optional.empty(), true);

            assertAll(
                () -> assertEquals(Optional.of("/"), response.headers().firstValue("Location"), route),
                () -> assertTrue(response.headers().allValues("Set-Cookie").stream()
                    .noneMatch(cookie -> cookie.startsWith("samskap_id=") && !cookie.contains("Max-Age=0")), route));
        }
    }

    private String body(Person person, String path) {
        return gateway.get(path, Map.of("Cookie", cookiesOf(person), "Accept", "application/json,text/html")).body();
    }

    private void proposalsSaysYes() {
        var idea = "/ideas/" + IDEA;
        var comment = idea + "/comments/" + COMMENT;
        var ideaState = Answer.json(200, "{\"id\":\"" + IDEA + "\",\"status\":\"published\"}");
        proposals.answer("GET", idea, Answer.json(200, """
            {"id":"%s","municipality":"1833","authorId":"%s","title":"Sommerkino i parken","body":"Film under åpen himmel.",
             "serviceArea":"kino","targetGroups":[],"costModel":"for-alle","place":null,"status":"published",
             "supportedByYou":false,"followedByYou":false,"supportCount":0}""".formatted(IDEA, Personas.subjectOf(Personas.of("author").orElseThrow()))));
        proposals.answer("GET", idea + "/comments", Answer.json(200, "{\"threads\":[]}"));
        proposals.answer("GET", "/municipalities/1833/idea-choices", Answer.json(200,
            "{\"serviceAreas\":[\"kino\"],\"strategicValues\":[]}"));
        proposals.answer("POST", "/ideas", Answer.json(201, "{\"id\":\"" + UUID.randomUUID() + "\",\"status\":\"submitted\"}"));
        proposals.answer("PATCH", idea, ideaState);
        for (var step : List.of("withdrawal", "publication", "rejection", "assessment", "response-date", "answer",
            "realisation", "hiding", "restoring", "appeal", "appeal/decision")) {
            proposals.answer("POST", idea + "/" + step, ideaState);
        }
        proposals.answer("POST", idea + "/reports", Answer.json(204, ""));
        for (var method : List.of("PUT", "DELETE")) {
            proposals.answer(method, idea + "/support", Answer.json(200, "{\"supportCount\":1,\"following\":true}"));
            proposals.answer(method, idea + "/follow", Answer.json(200, "{\"following\":true}"));
        }
        proposals.answer("POST", idea + "/comments", Answer.json(201, "{\"id\":\"" + COMMENT + "\"}"));
        proposals.answer("PATCH", comment, Answer.json(200, "{\"id\":\"" + COMMENT + "\"}"));
        proposals.answer("POST", comment + "/reports", Answer.json(204, ""));
        proposals.answer("POST", comment + "/hiding", Answer.json(200, "{\"id\":\"" + COMMENT + "\"}"));
        for (var step : List.of("/restoring", "/appeal", "/appeal/decision")) {
            proposals.answer("POST", comment + step, Answer.json(200, "{\"id\":\"" + COMMENT + "\"}"));
        }
        proposals.answer("GET", "/municipalities/1833/settings", Answer.json(200, "{\"moderation\":\"pre\"}"));
        proposals.answer("PUT", "/municipalities/1833/settings", Answer.json(200, "{\"moderation\":\"pre\"}"));
        proposals.answer("PUT", "/municipalities/1833/blocked/" + BLOCKED, Answer.json(204, ""));
        proposals.answer("DELETE", "/municipalities/1833/blocked/" + BLOCKED, Answer.json(204, ""));
    }

    private void organisationsSaysYes() {
        var association = "/associations/" + ASSOCIATION;
        var view = Answer.json(200, """
            {"id":"%s","municipality":"1833","organisationNumber":"974760673","name":"Mo Songkor","type":"kor",
             "description":"Om Mo Songkor","contactEmail":"post@songkor.test","verified":false,"version":1}"""
            .formatted(ASSOCIATION));
        organisations.answer("POST", "/associations", Answer.json(201, "{\"id\":\"" + ASSOCIATION + "\"}")
            .withHeader("Location", association));
        organisations.answer("GET", association, view);
        organisations.answer("PATCH", association, view);
        organisations.answer("POST", association + "/verification", view);
        organisations.answer("GET", association + "/register-roles", Answer.json(200,
            "[{\"roleCode\":\"LEDE\",\"roleDescription\":\"Styrets leder\",\"personName\":\"Kari Nordmann\",\"resigned\":false}]"));
        organisations.answer("GET", association + "/members", Answer.json(200,
            "[{\"personId\":\"" + MEMBER + "\",\"displayName\":\"Ola Nordmann\",\"role\":\"member\",\"addedAt\":\"2026-11-02T09:00:00Z\"}]"));
        organisations.answer("POST", association + "/invitations", Answer.json(201, "{\"id\":\"" + INVITATION
            + "\",\"associationId\":\"" + ASSOCIATION + "\",\"inviteeId\":\"" + MEMBER + "\",\"role\":\"member\"}"));
        organisations.answer("PUT", association + "/members/" + MEMBER + "/role", Answer.json(200,
            "{\"personId\":\"" + MEMBER + "\",\"role\":\"admin\"}"));
        organisations.answer("DELETE", association + "/members/" + MEMBER, Answer.json(204, ""));
        organisations.answer("GET", "/me/invitations", Answer.json(200, "[]"));
        organisations.answer("GET", association + "/invitations", Answer.json(200, "[]"));
        organisations.answer("DELETE", association + "/invitations/" + INVITATION, Answer.json(204, ""));
        organisations.answer("POST", "/help-offers", Answer.json(201, "{\"id\":\"" + OFFER + "\"}"));
        organisations.answer("POST", "/help-offers/" + OFFER + "/acceptance", Answer.json(200, "{\"id\":\"" + OFFER + "\"}"));
        organisations.answer("POST", "/help-offers/" + OFFER + "/decline", Answer.json(200, "{\"id\":\"" + OFFER + "\"}"));
        var officers = Answer.json(200, """
            {"associationId":"%s","responsibleId":"%s","deputyId":"%s","appointedBy":"x",
             "appointedAt":"2026-12-01T09:00:00Z"}""".formatted(ASSOCIATION, MEMBER, "matrix-deputy"));
        organisations.answer("GET", association + "/attest-officers", officers);
        organisations.answer("PUT", association + "/attest-officers", officers);
        var attestRequest = """
            {"id":"%s","associationId":"%s","volunteerId":"%s","role":"barn-og-unge","requestedBy":"x",
             "requestedAt":"2026-12-01T09:00:00Z"}""".formatted(ATTEST_REQUEST, ASSOCIATION, MEMBER);
        organisations.answer("GET", association + "/attest-requests", Answer.json(200, "{\"requests\":["
            + attestRequest + "]}"));
        organisations.answer("POST", association + "/attest-requests", Answer.json(201, attestRequest));
        organisations.answer("GET", "/me/attest-requests", Answer.json(200, """
            {"requests":[{"request":%s,"confirmation":{"associationId":"%s","associationName":"Mo Songkor",
             "organisationNumber":"974760673","municipality":"1833","volunteerId":"%s","role":"barn-og-unge",
             "responsibleFor":"minors","legalBasis":["politiregisterloven § 39"],"officerId":"x",
             "confirmedOn":"2026-12-01"}}]}""".formatted(attestRequest, ASSOCIATION, MEMBER)));
        organisations.answer("GET", association + "/attest-sightings", Answer.json(200, "{\"sightings\":[]}"));
        organisations.answer("POST", association + "/attest-sightings", Answer.json(201, "{\"volunteerId\":\"" + MEMBER + "\"}"));
        organisations.answer("GET", association + "/attest-purpose-confirmation", Answer.json(200, """
            {"associationName":"Mo Songkor","organisationNumber":"974760673","municipality":"1833",
             "volunteerId":"%s","role":"barn-og-unge","responsibleFor":"barn","legalBasis":["politiregisterloven § 39"],
             "officerId":"x","confirmedOn":"2026-12-01"}""".formatted(MEMBER)));
        var record = Answer.json(200, "{\"organisations\":[],\"totalHours\":0}");
        organisations.answer("GET", "/me/volunteer-record", record);
        organisations.answer("GET", "/volunteer-records/" + RECORD_CODE, record);
        organisations.answer("GET", "/me/volunteer-record.pdf", Answer.json(200, "%PDF-1.4"));
        organisations.answer("POST", "/me/volunteer-record", Answer.json(201, "{\"verificationCode\":\"" + RECORD_CODE
            + "\"}"));
        organisations.answer("GET", "/help-requests", Answer.json(200, "[]"));
        organisations.answer("POST", "/help-requests/" + HELP_REQUEST + "/acceptance", Answer.json(200, "{}"));
        organisations.answer("GET", "/me/hours", Answer.json(200, "[]"));
        organisations.answer("POST", "/hours", Answer.json(201, "{\"id\":\"" + HOURS + "\"}"));
        organisations.answer("POST", "/hours/" + HOURS + "/approval", Answer.json(200, "{}"));
        organisations.answer("POST", "/hours/" + HOURS + "/rejection", Answer.json(200, "{}"));
        organisations.answer("GET", "/volunteers", Answer.json(200, "{\"volunteers\":[]}"));
        organisations.answer("GET", "/me/volunteer", Answer.json(200, "{\"skills\":[\"kafe\"],\"ageBand\":\"18-25\"}"));
        organisations.answer("PUT", "/me/volunteer", Answer.json(200, "{\"skills\":[\"kafe\"],\"ageBand\":\"18-25\"}"));
        organisations.answer("POST", "/invitations/" + INVITATION + "/acceptance", Answer.json(200,
            "{\"associationId\":\"" + ASSOCIATION + "\",\"name\":\"Mo Songkor\",\"role\":\"member\",\"verified\":false}"));
        organisations.answer("POST", "/invitations/" + INVITATION + "/refusal", Answer.json(204, ""));
    }

    /** The organisers' pages: the stand-in answers as it would an organiser, and the gate is the sign-in. */
    private void organisersAreAnswered() {
        var eventJson = "{\"id\":\"" + EVENT + "\",\"municipality\":\"" + MUNICIPALITY + "\",\"status\":\"published\","
            + "\"title\":\"Vårkonsert\",\"description\":\"\",\"hostingUnit\":\"kulturhus\",\"coHostIds\":[],"
            + "\"ideaIds\":[],\"startsAt\":\"2027-03-27T17:00:00Z\",\"endsAt\":\"2027-03-27T19:00:00Z\","
            + "\"audience\":\"alle\",\"targetGroups\":[],\"accessibility\":[],\"version\":1}";
        var created = Answer.json(201, "{\"id\":\"" + EVENT + "\"}");
        eventsService.answer("GET", "/events/" + EVENT, Answer.json(200, eventJson));
        eventsService.answer("POST", "/events", created);
        eventsService.answer("POST", "/ideas/" + IDEA + "/event", created);
        eventsService.answer("PATCH", "/events/" + EVENT, Answer.json(200, eventJson));
        for (var step : List.of("publication", "completion", "cancellation")) {
            eventsService.answer("POST", "/events/" + EVENT + "/" + step, Answer.json(200, eventJson));
        }
        eventsService.answer("POST", "/events/" + EVENT + "/shifts", Answer.json(201, "{\"id\":\"" + SHIFT + "\"}"));
        eventsService.answer("POST", "/events/" + EVENT + "/registrations/" + OFFER + "/check-in", Answer.json(200, "{}"));
        eventsService.answer("POST", "/shifts/" + SHIFT + "/sign-ups/matrix-volunteer/check-in", Answer.json(200, "{}"));
        eventsService.answer("GET", "/events/" + EVENT + "/shifts", Answer.json(200, "[{\"id\":\"" + SHIFT
            + "\",\"eventId\":\"" + EVENT + "\",\"role\":\"Billettkontroll\",\"startsAt\":\"2027-03-27T16:30:00Z\","
            + "\"endsAt\":\"2027-03-27T19:00:00Z\",\"needed\":2,\"filled\":0,\"waiting\":0}]"));
        eventsService.answer("PATCH", "/shifts/" + SHIFT, Answer.json(200, "{\"id\":\"" + SHIFT + "\"}"));
        venuesAreAnswered();
    }

    /** The venue pages: the stand-in answers as it would the staff or an association's admin. */
    private void venuesAreAnswered() {
        var venue = Answer.json(200, "{\"id\":\"" + VENUE + "\",\"municipality\":\"" + MUNICIPALITY
            + "\",\"name\":\"Kulturhuset\",\"address\":\"Kulturgata 1\",\"capacity\":80,\"accessibility\":[],"
            + "\"lent\":true,\"describedAt\":\"2027-01-02T10:00:00Z\",\"version\":1}");
        var booking = Answer.json(200, "{\"id\":\"" + ROOM_BOOKING + "\",\"venueId\":\"" + VENUE
            + "\",\"venueName\":\"Kulturhuset\",\"associationName\":\"Mo Songkor\",\"purpose\":\"Korøvelse\","
            + "\"childrenAndYouth\":false,\"kind\":\"one-off\",\"startsAt\":\"2027-03-23T17:00:00Z\","
            + "\"endsAt\":\"2027-03-23T19:00:00Z\",\"status\":\"pending\",\"collidesWith\":[],\"clashesWith\":[]}");
        eventsService.answer("GET", "/venues/" + VENUE + "/calendar", Answer.json(200, "[]"));
        eventsService.answer("GET", "/venues/" + VENUE, venue);
        eventsService.answer("POST", "/venues", venue);
        eventsService.answer("PATCH", "/venues/" + VENUE, venue);
        eventsService.answer("POST", "/room-bookings", Answer.json(201, "{\"id\":\"" + ROOM_BOOKING + "\"}"));
        eventsService.answer("GET", "/room-bookings", Answer.json(200, "[]"));
        eventsService.answer("GET", "/room-bookings/" + ROOM_BOOKING, booking);
        for (var step : List.of("approval", "decline", "cancellation")) {
            eventsService.answer("POST", "/room-bookings/" + ROOM_BOOKING + "/" + step, booking);
        }
    }

    /** A unit of the municipality and a piece of feedback on it, so the feedback pages have real content. */
    private void feedbackOnKafka(TestInfrastructure infrastructure) {
        try (var kafka = new MessagesOnKafka(infrastructure)) {
            kafka.send(MunicipalityMessages.MUNICIPALITY_DESCRIBED, UUID.randomUUID(), Instant.now(), MUNICIPALITY,
                MUNICIPALITY, new MunicipalityDescribed(MUNICIPALITY, "Rana", List.of(new NamedChoice("bibliotek",
                    new Names("Biblioteket", "Biblioteket", "The library"))), List.of(), List.of(), Instant.now()));
            kafka.send(FeedbackMessages.FEEDBACK_GIVEN, UUID.randomUUID(), Instant.now(), MUNICIPALITY, FEEDBACK,
                new FeedbackGiven(FEEDBACK, MUNICIPALITY, null, "bibliotek", 4, "Fine lesesaler", null, false,
                    LocalDate.now().plusDays(14), Instant.now()));
        }
        eventually(() -> assertEquals(200, gateway.get("/tilbakemeldinger/" + FEEDBACK).statusCode()));
        eventually(() -> assertEquals(200, gateway.get("/kommuner/" + MUNICIPALITY + "/tjenester/bibliotek")
            .statusCode()));
    }

    private void feedbackSaysYes() {
        var feedback = "/feedback/" + FEEDBACK;
        eventsService.answer("POST", "/feedback", Answer.json(201, "{\"id\":\"" + FEEDBACK + "\"}"));
        eventsService.answer("POST", feedback + "/reports", Answer.json(201, "{}"));
        eventsService.answer("DELETE", feedback, Answer.json(204, ""));
        eventsService.answer("PATCH", feedback, Answer.json(200, "{\"id\":\"" + FEEDBACK + "\"}"));
        eventsService.answer("POST", feedback + "/idea", Answer.json(202, "{\"ideaId\":\"" + IDEA + "\"}"));
        eventsService.answer("POST", feedback + "/answer", Answer.json(200, "{\"id\":\"" + FEEDBACK + "\"}"));
        eventsService.answer("PUT", feedback + "/response-date", Answer.json(200, "{\"id\":\"" + FEEDBACK + "\"}"));
        eventsService.answer("POST", feedback + "/hiding", Answer.json(200, "{\"id\":\"" + FEEDBACK + "\"}"));
        eventsService.answer("POST", feedback + "/restoration", Answer.json(200, "{\"id\":\"" + FEEDBACK + "\"}"));
        eventsService.answer("POST", feedback + "/appeal", Answer.json(201, "{\"feedbackId\":\"" + FEEDBACK + "\"}"));
        var settings = "{\"municipality\":\"" + MUNICIPALITY + "\",\"reportThreshold\":3}";
        var settingsPath = "/municipalities/" + MUNICIPALITY + "/feedback-settings";
        eventsService.answer("GET", settingsPath, Answer.json(200, settings));
        eventsService.answer("PUT", settingsPath, Answer.json(200, settings));
        eventsService.answer("GET", "/moderation/feedback", Answer.json(200, "[]"));
        eventsService.answer("GET", "/me/feedback", Answer.json(200, "[]"));
    }

    private void eventsSaysYes() {
        var mine = Answer.json(200, "{\"id\":\"r\",\"eventId\":\"" + EVENT + "\",\"status\":\"confirmed\",\"places\":1}");
        eventsService.answer("POST", "/events/" + EVENT + "/registrations", Answer.json(201,
            "{\"id\":\"r\",\"eventId\":\"" + EVENT + "\",\"status\":\"confirmed\",\"places\":1}"));
        eventsService.answer("GET", "/events/" + EVENT + "/registrations/mine", mine);
        eventsService.answer("DELETE", "/events/" + EVENT + "/registrations/mine", mine);
        eventsService.answer("POST", "/shifts/" + SHIFT + "/sign-ups", Answer.json(201,
            "{\"shiftId\":\"" + SHIFT + "\",\"eventId\":\"" + EVENT + "\",\"status\":\"placed\"}"));
        eventsService.answer("GET", "/me/registrations", Answer.json(200, "[]"));
        eventsService.answer("GET", "/me/shifts", Answer.json(200, "[]"));
        eventsService.answer("DELETE", "/shifts/" + SHIFT + "/sign-ups/mine", Answer.json(204, ""));
        eventsService.answer("POST", "/shifts/" + SHIFT + "/sign-ups/mine/absence", Answer.json(200, "{}"));
        organisersAreAnswered();
        var calendar = new Answer(200, "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", Map.of(), () -> { });
        eventsService.answer("GET", "/events/" + EVENT + ".ics", calendar);
        eventsService.answer("GET", "/calendars/" + MUNICIPALITY + ".ics", calendar);
    }

    private static Map<String, GatewayRequest> requests() {
        var idea = "/ideer/" + IDEA;
        var api = "/api/ideas/" + IDEA;
        var settings = "/api/municipalities/" + MUNICIPALITY + "/settings";
        var blocked = "/api/municipalities/" + MUNICIPALITY + "/blocked/" + BLOCKED;
        var all = new HashMap<String, GatewayRequest>();
        // Pages, as a browser asks for them.
        all.put("GET /", GatewayRequest.page("/"));
        all.put("GET /kommuner/{municipality}", GatewayRequest.page("/kommuner/" + MUNICIPALITY));
        all.put("GET /kommuner/{municipality}/ideer", GatewayRequest.page("/kommuner/" + MUNICIPALITY + "/ideer"));
        all.put("GET /ideer/{id}", GatewayRequest.page(idea));
        all.put("GET /ideer/{id}/logg-inn", GatewayRequest.page(idea + "/logg-inn"));
        all.put("GET /ideer/{id}/endre", GatewayRequest.page(idea + "/endre"));
        all.put("GET /ideer/ny", GatewayRequest.page("/ideer/ny"));
        all.put("GET /ideer/ny/mottatt", GatewayRequest.page("/ideer/ny/mottatt?id=" + IDEA));
        all.put("GET /meg", GatewayRequest.page("/meg"));
        all.put("GET /stab/innboks", GatewayRequest.page("/stab/innboks"));
        all.put("GET /stab/dashbord", GatewayRequest.page("/stab/dashbord"));
        all.put("GET /tilgjengelighet", GatewayRequest.page("/tilgjengelighet"));
        all.put("GET /personvern", GatewayRequest.page("/personvern"));
        all.put("GET /om", GatewayRequest.page("/om"));
        all.put("GET /utlogget", GatewayRequest.page("/utlogget"));
        all.put("GET /api/me/data", GatewayRequest.api("GET", "/api/me/data", null));
        all.put("GET /meg/data.json", GatewayRequest.api("GET", "/meg/data.json", null));
        all.put("GET /meg/slett-konto", GatewayRequest.page("/meg/slett-konto"));
        all.put("POST /meg/slett-konto", GatewayRequest.form("/meg/slett-konto", ""));
        all.put("GET /konto-slettet", GatewayRequest.page("/konto-slettet"));
        all.put("GET /openapi/samskap-1.yml", GatewayRequest.page("/openapi/samskap-1.yml"));
        all.put("GET /asyncapi/samskap-1.yml", GatewayRequest.page("/asyncapi/samskap-1.yml"));
        all.put("GET /assets/{file}", GatewayRequest.page(Assets.bundled().url("samskap.css")));
        all.put("GET /logg-inn", GatewayRequest.page("/logg-inn"));
        // Forms, form-urlencoded with the CSRF pair.
        all.put("POST /ideer/ny", GatewayRequest.form("/ideer/ny",
            "title=Sommerkino+i+parken&body=Film+under+%C3%A5pen+himmel.&serviceArea=kino"));
        all.put("POST /ideer/{id}/stotte", GatewayRequest.form(idea + "/stotte", "give=true"));
        all.put("POST /ideer/{id}/innbyggerforslag", GatewayRequest.form(idea + "/innbyggerforslag", ""));
        all.put("POST /ideer/{id}/innbyggerforslag/signatur", GatewayRequest.form(idea + "/innbyggerforslag/signatur",
            "give=true"));
        all.put("POST /ideer/{id}/innbyggerforslag/sending", GatewayRequest.form(idea + "/innbyggerforslag/sending", ""));
        all.put("POST /ideer/{id}/innbyggerforslag/behandling", GatewayRequest.form(idea + "/innbyggerforslag/behandling",
            "meetingDate=2026-12-01&decision=Vedtatt&caseUrl=https%3A%2F%2Fwww.rana.kommune.no%2Fsak%2F1"));
        all.put("POST /ideer/{id}/innbyggerforslag/avvisning", GatewayRequest.form(idea + "/innbyggerforslag/avvisning",
            "reason=Behandlet+i+denne+valgperioden"));
        all.put("POST /ideer/{id}/folg", GatewayRequest.form(idea + "/folg", "follow=true"));
        all.put("POST /ideer/{id}/kommentarer", GatewayRequest.form(idea + "/kommentarer", "body=Eg+blir+gjerne+med."));
        all.put("POST /ideer/{id}/kommentarer/{commentId}", GatewayRequest.form(idea + "/kommentarer/" + COMMENT,
            "body=Takk+for+innspela."));
        all.put("POST /ideer/{id}/kommentarer/{commentId}/rapport", GatewayRequest.form(idea + "/kommentarer/" + COMMENT
            + "/rapport", "reason=Reklame."));
        all.put("POST /ideer/{id}/kommentarer/{commentId}/anke", GatewayRequest.form(idea + "/kommentarer/" + COMMENT
            + "/anke", "text=Kommentaren+f%C3%B8lgjer+reglane."));
        all.put("POST /ideer/{id}/rapport", GatewayRequest.form(idea + "/rapport", "reason=Reklame."));
        all.put("POST /ideer/{id}/trekk", GatewayRequest.form(idea + "/trekk", ""));
        all.put("POST /ideer/{id}/endre", GatewayRequest.form(idea + "/endre",
            "title=Sommerkino+i+bypark&body=Film+under+%C3%A5pen+himmel.&serviceArea=kino"));
        all.put("POST /meg/varsler/lest", GatewayRequest.form("/meg/varsler/lest", ""));
        all.put("POST /meg/varsler/sammendrag", GatewayRequest.form("/meg/varsler/sammendrag", "frequency=weekly"));
        all.put("POST /meg/ideer/{id}/anke", GatewayRequest.form("/meg/ideer/" + IDEA + "/anke",
            "reason=Ideen+f%C3%B8lgjer+reglane."));
        all.put("POST /stab/innboks/ideer/{id}/{action}", GatewayRequest.form("/stab/innboks/ideer/" + IDEA + "/publisering", ""));
        all.put("POST /stab/innboks/ideer/{id}/kommentarer/{commentId}/{action}", GatewayRequest.form(
            "/stab/innboks/ideer/" + IDEA + "/kommentarer/" + COMMENT + "/gjenoppretting", "reason=Gjennomg%C3%A5tt."));
        all.put("POST /logg-ut", GatewayRequest.form("/logg-ut", ""));
        // The organisations module's pages and forms.
        var association = "/foreninger/" + ASSOCIATION;
        all.put("GET /foreninger", GatewayRequest.page("/foreninger"));
        all.put("GET /kommuner/{municipality}/foreninger", GatewayRequest.page("/kommuner/" + MUNICIPALITY
            + "/foreninger?navn=song&type=kor"));
        all.put("GET /foreninger/{id}", GatewayRequest.page(association));
        all.put("GET /foreninger/ny", GatewayRequest.page("/foreninger/ny"));
        all.put("GET /foreninger/{id}/medlemmer", GatewayRequest.page(association + "/medlemmer"));
        all.put("POST /foreninger/ny", GatewayRequest.form("/foreninger/ny", "organisationNumber=974760673"
            + "&name=Mo+Songkor&type=kor&description=Vi+syng."));
        all.put("POST /foreninger/{id}/medlemmer/invitasjoner", GatewayRequest.form(association
            + "/medlemmer/invitasjoner", "invitee=ola%40example.test&role=member"));
        all.put("POST /foreninger/{id}/medlemmer/{personId}/rolle", GatewayRequest.form(association + "/medlemmer/"
            + MEMBER + "/rolle", "role=admin"));
        all.put("POST /foreninger/{id}/medlemmer/{personId}/fjerning", GatewayRequest.form(association + "/medlemmer/"
            + MEMBER + "/fjerning", ""));
        all.put("POST /foreninger/{id}/medlemmer/invitasjoner/{invitationId}/tilbaketrekking", GatewayRequest.form(
            association + "/medlemmer/invitasjoner/" + INVITATION + "/tilbaketrekking", ""));
        all.put("POST /meg/invitasjoner/{id}/godta", GatewayRequest.form("/meg/invitasjoner/" + INVITATION + "/godta", ""));
        all.put("POST /meg/invitasjoner/{id}/avsla", GatewayRequest.form("/meg/invitasjoner/" + INVITATION + "/avsla", ""));
        all.put("POST /stab/innboks/foreninger/{id}/verifisering", GatewayRequest.form("/stab/innboks/foreninger/"
            + ASSOCIATION + "/verifisering", ""));
        // The volunteering parts of the organisations module.
        all.put("GET /ideer/{id}/tilbud-om-hjelp", GatewayRequest.page("/ideer/" + IDEA + "/tilbud-om-hjelp"));
        all.put("POST /ideer/{id}/tilbud-om-hjelp", GatewayRequest.form("/ideer/" + IDEA + "/tilbud-om-hjelp",
            "associationId=volunteer&kind=hours&hours=3&description=Jeg+rigger+lerretet."));
        all.put("GET /meg/frivillig", GatewayRequest.page("/meg/frivillig"));
        all.put("GET /foreninger/{id}/politiattest", GatewayRequest.page(association + "/politiattest"));
        all.put("GET /foreninger/{id}/politiattest/bekreftelse", GatewayRequest.page(association
            + "/politiattest/bekreftelse?volunteerId=" + MEMBER + "&role=barn-og-unge"));
        all.put("POST /foreninger/{id}/politiattest", GatewayRequest.form(association + "/politiattest", "volunteerId="
            + MEMBER + "&role=barn-og-unge&seenOn=2026-11-30&validYears=3"));
        all.put("GET /foreninger/{id}/politiattest/foresporsler", GatewayRequest.page(association
            + "/politiattest/foresporsler"));
        all.put("POST /foreninger/{id}/politiattest/foresporsler", GatewayRequest.form(association
            + "/politiattest/foresporsler", "volunteerId=" + MEMBER + "&role=barn-og-unge&roleName="));
        all.put("GET /foreninger/{id}/politiattest/ansvarlige", GatewayRequest.page(association
            + "/politiattest/ansvarlige"));
        all.put("POST /foreninger/{id}/politiattest/ansvarlige", GatewayRequest.form(association
            + "/politiattest/ansvarlige", "responsibleId=" + MEMBER + "&deputyId=matrix-deputy"));
        all.put("GET /meg/politiattest", GatewayRequest.page("/meg/politiattest"));
        all.put("GET /meg/politiattest/{requestId}/bekreftelse", GatewayRequest.page("/meg/politiattest/"
            + ATTEST_REQUEST + "/bekreftelse"));
        all.put("GET /meg/frivillighetsbevis", GatewayRequest.page("/meg/frivillighetsbevis"));
        all.put("GET /meg/frivillighetsbevis.pdf", GatewayRequest.page("/meg/frivillighetsbevis.pdf"));
        all.put("GET /frivillighetsbevis/{code}", GatewayRequest.page("/frivillighetsbevis/" + RECORD_CODE));
        all.put("POST /meg/frivillighetsbevis/kode", GatewayRequest.form("/meg/frivillighetsbevis/kode",
            "displayName=Kari+Nordmann"));
        all.put("GET /hjelp-trengs", GatewayRequest.page("/hjelp-trengs"));
        all.put("POST /hjelp-trengs/{id}/jeg-kan", GatewayRequest.form("/hjelp-trengs/" + HELP_REQUEST + "/jeg-kan", ""));
        all.put("GET /meg/timer", GatewayRequest.page("/meg/timer"));
        all.put("POST /meg/timer", GatewayRequest.form("/meg/timer", "offerId=" + OFFER
            + "&date=2026-11-30&hours=2%2C5&role=Rigger&note="));
        all.put("POST /meg/timer/{id}/godkjenning", GatewayRequest.form("/meg/timer/" + HOURS + "/godkjenning", ""));
        all.put("POST /meg/timer/{id}/avvisning", GatewayRequest.form("/meg/timer/" + HOURS + "/avvisning",
            "reason=Feil+dato."));
        all.put("GET /frivillige", GatewayRequest.page("/frivillige?skill=kafe"));
        all.put("POST /meg/frivillig", GatewayRequest.form("/meg/frivillig", "skills=kafe&languages=nb&ageBand=18-25"));
        all.put("POST /stab/innboks/tilbud-om-hjelp/{id}/godkjenning", GatewayRequest.form(
            "/stab/innboks/tilbud-om-hjelp/" + OFFER + "/godkjenning", ""));
        all.put("POST /stab/innboks/tilbud-om-hjelp/{id}/avslag", GatewayRequest.form(
            "/stab/innboks/tilbud-om-hjelp/" + OFFER + "/avslag", "reason=Vi+har+nok+folk."));
        // Micronaut's OAuth routes: the start of signing in, and the way back without a sign-in the gateway began.
        all.put("GET /oauth/login/keycloak", GatewayRequest.page("/oauth/login/keycloak"));
        all.put("GET /oauth/callback/keycloak", GatewayRequest.page("/oauth/callback/keycloak?code=forged&state=forged"));
        all.put("POST /oauth/callback/keycloak", GatewayRequest.form("/oauth/callback/keycloak", "code=forged&state=forged"));
        // The JSON API, as a script on the gateway's own pages calls it: the same cookies, JSON bodies.
        all.put("GET /api/ideas", GatewayRequest.api("GET", "/api/ideas?municipality=" + MUNICIPALITY, null));
        all.put("GET /api/ideas/similar", GatewayRequest.api("GET", "/api/ideas/similar?municipality=" + MUNICIPALITY
            + "&text=Sommerkino", null));
        all.put("GET /api/ideas/{id}", GatewayRequest.api("GET", api, null));
        all.put("GET /api/ideas/changes", GatewayRequest.stream("/api/ideas/changes?municipality=" + MUNICIPALITY));
        all.put("POST /api/ideas", GatewayRequest.api("POST", "/api/ideas",
            "{\"title\":\"Sommerkino i parken\",\"body\":\"Film under åpen himmel.\",\"serviceArea\":\"kino\"}"));
        all.put("PATCH /api/ideas/{id}", GatewayRequest.api("PATCH", api, "{\"title\":\"Sommerkino i bypark\"}"));
        all.put("POST /api/ideas/{id}/withdrawal", GatewayRequest.api("POST", api + "/withdrawal", null));
        all.put("POST /api/ideas/{id}/publication", GatewayRequest.api("POST", api + "/publication", null));
        all.put("POST /api/ideas/{id}/rejection", GatewayRequest.api("POST", api + "/rejection",
            "{\"reason\":\"Dette er en annonse.\"}"));
        all.put("POST /api/ideas/{id}/assessment", GatewayRequest.api("POST", api + "/assessment",
            "{\"respondBy\":\"2027-01-15\"}"));
        all.put("POST /api/ideas/{id}/response-date", GatewayRequest.api("POST", api + "/response-date",
            "{\"respondBy\":\"2027-02-12\",\"reason\":\"Vi venter på budsjettet.\"}"));
        all.put("POST /api/ideas/{id}/answer", GatewayRequest.api("POST", api + "/answer",
            "{\"outcome\":\"accepted\",\"answer\":\"Ja, fra høsten.\"}"));
        all.put("POST /api/ideas/{id}/realisation", GatewayRequest.api("POST", api + "/realisation",
            "{\"culturalEventId\":\"konsert-2027-03-01\"}"));
        all.put("POST /api/ideas/{id}/reports", GatewayRequest.api("POST", api + "/reports", "{\"reason\":\"Reklame.\"}"));
        all.put("PUT /api/ideas/{id}/support", GatewayRequest.api("PUT", api + "/support", null));
        all.put("DELETE /api/ideas/{id}/support", GatewayRequest.api("DELETE", api + "/support", null));
        all.put("PUT /api/ideas/{id}/follow", GatewayRequest.api("PUT", api + "/follow", null));
        all.put("DELETE /api/ideas/{id}/follow", GatewayRequest.api("DELETE", api + "/follow", null));
        all.put("POST /api/ideas/{id}/comments", GatewayRequest.api("POST", api + "/comments", "{\"body\":\"Eg blir med.\"}"));
        all.put("PATCH /api/ideas/{id}/comments/{commentId}", GatewayRequest.api("PATCH", api + "/comments/" + COMMENT,
            "{\"body\":\"Takk for innspela.\"}"));
        all.put("POST /api/ideas/{id}/comments/{commentId}/reports", GatewayRequest.api("POST", api + "/comments/" + COMMENT
            + "/reports", "{\"reason\":\"Reklame.\"}"));
        all.put("POST /api/ideas/{id}/hiding", GatewayRequest.api("POST", api + "/hiding", "{\"reason\":\"Personangrep.\"}"));
        all.put("POST /api/ideas/{id}/restoring", GatewayRequest.api("POST", api + "/restoring",
            "{\"reason\":\"Gjennomgått.\"}"));
        all.put("POST /api/ideas/{id}/appeal", GatewayRequest.api("POST", api + "/appeal",
            "{\"text\":\"Eg meiner ideen følgjer reglane.\"}"));
        all.put("POST /api/ideas/{id}/appeal/decision", GatewayRequest.api("POST", api + "/appeal/decision",
            "{\"upheld\":true,\"reason\":\"Ideen følgjer reglane.\"}"));
        all.put("POST /api/ideas/{id}/comments/{commentId}/hiding", GatewayRequest.api("POST", api + "/comments/" + COMMENT
            + "/hiding", "{\"reason\":\"Personangrep.\"}"));
        all.put("POST /api/ideas/{id}/comments/{commentId}/restoring", GatewayRequest.api("POST", api + "/comments/" + COMMENT
            + "/restoring", "{\"reason\":\"Gjennomgått.\"}"));
        all.put("POST /api/ideas/{id}/comments/{commentId}/appeal", GatewayRequest.api("POST", api + "/comments/" + COMMENT
            + "/appeal", "{\"text\":\"Kommentaren følgjer reglane.\"}"));
        all.put("POST /api/ideas/{id}/comments/{commentId}/appeal/decision", GatewayRequest.api("POST", api
            + "/comments/" + COMMENT + "/appeal/decision", "{\"upheld\":true,\"reason\":\"Kommentaren er i orden.\"}"));
        all.put("GET /api/municipalities/{municipality}/settings", GatewayRequest.api("GET", settings, null));
        all.put("PUT /api/municipalities/{municipality}/settings", GatewayRequest.api("PUT", settings,
            "{\"moderation\":\"pre\"}"));
        all.put("PUT /api/municipalities/{municipality}/blocked/{subject}", GatewayRequest.api("PUT", blocked,
            "{\"reason\":\"Gjentekne personangrep.\"}"));
        all.put("DELETE /api/municipalities/{municipality}/blocked/{subject}", GatewayRequest.api("DELETE", blocked, null));
        all.put("GET /api/me", GatewayRequest.api("GET", "/api/me", null));
        all.put("GET /api/me/ideas", GatewayRequest.api("GET", "/api/me/ideas", null));
        all.put("GET /api/me/comments", GatewayRequest.api("GET", "/api/me/comments", null));
        all.put("GET /api/me/supports", GatewayRequest.api("GET", "/api/me/supports", null));
        all.put("GET /api/me/follows", GatewayRequest.api("GET", "/api/me/follows", null));
        all.put("GET /api/me/notifications", GatewayRequest.api("GET", "/api/me/notifications", null));
        all.put("POST /api/me/notifications/read", GatewayRequest.api("POST", "/api/me/notifications/read", "{\"all\":true}"));
        all.put("GET /api/me/notifications/stream", GatewayRequest.stream("/api/me/notifications/stream"));
        all.put("GET /api/staff/inbox", GatewayRequest.api("GET", "/api/staff/inbox", null));
        all.put("GET /api/staff/inbox/sections", GatewayRequest.api("GET", "/api/staff/inbox/sections", null));
        all.put("GET /api/staff/inbox/stream", GatewayRequest.stream("/api/staff/inbox/stream"));
        all.put("GET /api/staff/dashboard", GatewayRequest.api("GET", "/api/staff/dashboard", null));
        all.put("GET /api/operations/held-messages", GatewayRequest.api("GET", "/api/operations/held-messages", null));
        all.put("POST /api/operations/held-messages/release", GatewayRequest.api("POST",
            "/api/operations/held-messages/release", null));
        all.put("DELETE /api/operations/held-messages/{id}", GatewayRequest.api("DELETE",
            "/api/operations/held-messages/987654321", null));
        var associationApi = "/api/associations/" + ASSOCIATION;
        all.put("GET /api/associations", GatewayRequest.api("GET", "/api/associations?municipality=" + MUNICIPALITY, null));
        all.put("GET /api/associations/{id}", GatewayRequest.api("GET", associationApi, null));
        all.put("POST /api/associations", GatewayRequest.api("POST", "/api/associations",
            "{\"organisationNumber\":\"974760673\",\"name\":\"Mo Songkor\",\"type\":\"kor\",\"description\":\"Vi syng.\"}"));
        all.put("PATCH /api/associations/{id}", GatewayRequest.api("PATCH", associationApi, "{\"description\":\"Om Mo Songkor\"}"));
        all.put("POST /api/associations/{id}/verification", GatewayRequest.api("POST", associationApi + "/verification", null));
        all.put("GET /api/associations/{id}/register-roles", GatewayRequest.api("GET", associationApi + "/register-roles",
            null));
        all.put("GET /api/associations/{id}/members", GatewayRequest.api("GET", associationApi + "/members", null));
        all.put("POST /api/associations/{id}/invitations", GatewayRequest.api("POST", associationApi + "/invitations",
            "{\"invitee\":\"ola@example.test\",\"role\":\"member\"}"));
        all.put("GET /api/associations/{id}/invitations", GatewayRequest.api("GET", associationApi + "/invitations",
            null));
        all.put("DELETE /api/associations/{id}/invitations/{invitationId}", GatewayRequest.api("DELETE",
            associationApi + "/invitations/" + INVITATION, null));
        all.put("PUT /api/associations/{id}/members/{personId}/role", GatewayRequest.api("PUT", associationApi + "/members/"
            + MEMBER + "/role", "{\"role\":\"admin\"}"));
        all.put("DELETE /api/associations/{id}/members/{personId}", GatewayRequest.api("DELETE", associationApi
            + "/members/" + MEMBER, null));
        all.put("GET /api/me/associations", GatewayRequest.api("GET", "/api/me/associations", null));
        all.put("GET /api/me/association-invitations", GatewayRequest.api("GET", "/api/me/association-invitations", null));
        all.put("POST /api/me/association-invitations/{id}/acceptance", GatewayRequest.api("POST",
            "/api/me/association-invitations/" + INVITATION + "/acceptance", null));
        all.put("POST /api/me/association-invitations/{id}/refusal", GatewayRequest.api("POST",
            "/api/me/association-invitations/" + INVITATION + "/refusal", null));
        all.put("GET /api/open-data", GatewayRequest.api("GET", "/api/open-data", null));
        all.put("GET /api/open-data/{file}", new GatewayRequest(Kind.DOWNLOAD, "GET",
            "/api/open-data/ideas.csv?municipality=" + MUNICIPALITY, null));
        // The events module's pages, forms and API.
        var event = "/arrangementer/" + EVENT;
        var eventApi = "/api/events/" + EVENT;
        all.put("GET /arrangementer", GatewayRequest.page("/arrangementer"));
        all.put("GET /kommuner/{municipality}/arrangementer", GatewayRequest.page("/kommuner/" + MUNICIPALITY
            + "/arrangementer?enhet=kulturhus&fra=2027-03-01"));
        all.put("GET /kommuner/{municipality}/arrangementer/kalender.ics", GatewayRequest.page("/kommuner/"
            + MUNICIPALITY + "/arrangementer/kalender.ics"));
        all.put("GET /arrangementer/{id}", GatewayRequest.page(event));
        all.put("GET /arrangementer/{id}/kalender.ics", GatewayRequest.page(event + "/kalender.ics"));
        all.put("POST /arrangementer/{id}/pamelding", GatewayRequest.form(event + "/pamelding", "companions=1"));
        all.put("POST /arrangementer/{id}/pamelding/avmelding", GatewayRequest.form(event + "/pamelding/avmelding", ""));
        all.put("POST /arrangementer/{id}/vakter/{shift}", GatewayRequest.form(event + "/vakter/" + SHIFT, ""));
        all.put("POST /arrangementer/{id}/vakter/{shift}/avmelding", GatewayRequest.form(event + "/vakter/" + SHIFT
            + "/avmelding", ""));
        all.put("POST /arrangementer/{id}/vakter/{shift}/fravaer", GatewayRequest.form(event + "/vakter/" + SHIFT
            + "/fravaer", "kind=ill"));
        all.put("GET /arrangementer/planlegging", GatewayRequest.page("/arrangementer/planlegging"));
        all.put("GET /arrangementer/ny", GatewayRequest.page("/arrangementer/ny"));
        all.put("POST /arrangementer/ny", GatewayRequest.form("/arrangementer/ny", "title=Konsert&hostingUnit=kulturhus"
            + "&startsAt=2027-03-27T18:00&endsAt=2027-03-27T20:00&audience=alle"));
        all.put("POST /arrangementer/fra-ide/{ideaId}", GatewayRequest.form("/arrangementer/fra-ide/" + IDEA, ""));
        all.put("GET /arrangementer/{id}/organisering", GatewayRequest.page(event + "/organisering"));
        all.put("GET /arrangementer/{id}/endre", GatewayRequest.page(event + "/endre"));
        all.put("POST /arrangementer/{id}/endre", GatewayRequest.form(event + "/endre", "title=Konsert"
            + "&hostingUnit=kulturhus&startsAt=2027-03-27T18:00&endsAt=2027-03-27T20:00&audience=alle"));
        all.put("POST /arrangementer/{id}/publisering", GatewayRequest.form(event + "/publisering", ""));
        all.put("POST /arrangementer/{id}/fullforing", GatewayRequest.form(event + "/fullforing", ""));
        all.put("POST /arrangementer/{id}/avlysning", GatewayRequest.form(event + "/avlysning", "reason=Stengt"));
        all.put("POST /arrangementer/{id}/vakter", GatewayRequest.form(event + "/vakter", "role=Kiosk"
            + "&startsAt=2027-03-27T17:00&endsAt=2027-03-27T20:00&needed=2"));
        all.put("GET /arrangementer/{id}/innsjekk", GatewayRequest.page(event + "/innsjekk"));
        all.put("POST /arrangementer/{id}/innsjekk/{registrationId}", GatewayRequest.form(event + "/innsjekk/"
            + OFFER, ""));
        all.put("POST /arrangementer/{id}/vakter/{shiftId}/innsjekk/{personId}", GatewayRequest.form(event
            + "/vakter/" + SHIFT + "/innsjekk/matrix-volunteer", ""));
        all.put("GET /arrangementer/{id}/vakter", GatewayRequest.page(event + "/vakter"));
        all.put("GET /arrangementer/{id}/vakter/{shiftId}/endre", GatewayRequest.page(event + "/vakter/" + SHIFT
            + "/endre"));
        all.put("POST /arrangementer/{id}/vakter/{shiftId}/endre", GatewayRequest.form(event + "/vakter/" + SHIFT
            + "/endre", "role=Kiosk&startsAt=2027-03-27T17:00&endsAt=2027-03-27T20:00&needed=2"));
        var venue = "/lokaler/" + VENUE;
        var venueForm = "name=Kulturhuset&address=Kulturgata+1&capacity=80&lent=true";
        all.put("GET /kommuner/{municipality}/lokaler", GatewayRequest.page("/kommuner/" + MUNICIPALITY + "/lokaler"));
        all.put("GET /lokaler/{id}", GatewayRequest.page(venue));
        all.put("GET /lokaler/ny", GatewayRequest.page("/lokaler/ny"));
        all.put("POST /lokaler/ny", GatewayRequest.form("/lokaler/ny", venueForm));
        all.put("GET /lokaler/{id}/endre", GatewayRequest.page(venue + "/endre"));
        all.put("POST /lokaler/{id}/endre", GatewayRequest.form(venue + "/endre", venueForm));
        all.put("GET /lokaler/{id}/soknad", GatewayRequest.page(venue + "/soknad"));
        all.put("POST /lokaler/{id}/soknad", GatewayRequest.form(venue + "/soknad", "associationId=" + ASSOCIATION
            + "&purpose=Kor&kind=once&startsAt=2027-03-23T18%3A00&endsAt=2027-03-23T20%3A00"));
        all.put("GET /lokaler/soknader", GatewayRequest.page("/lokaler/soknader?forening=" + ASSOCIATION));
        all.put("POST /lokaler/soknader/{bookingId}/avbestilling", GatewayRequest.form("/lokaler/soknader/"
            + ROOM_BOOKING + "/avbestilling", "forening=" + ASSOCIATION + "&reason=Flytter"));
        all.put("GET /stab/innboks/lokaler/{id}", GatewayRequest.page("/stab/innboks/lokaler/" + ROOM_BOOKING));
        all.put("POST /stab/innboks/lokaler/{id}/godkjenning", GatewayRequest.form("/stab/innboks/lokaler/"
            + ROOM_BOOKING + "/godkjenning", "reason="));
        all.put("POST /stab/innboks/lokaler/{id}/avslag", GatewayRequest.form("/stab/innboks/lokaler/"
            + ROOM_BOOKING + "/avslag", "reason=Opptatt"));
        all.put("GET /api/events", GatewayRequest.api("GET", "/api/events?municipality=" + MUNICIPALITY, null));
        all.put("GET /api/events/{id}", GatewayRequest.api("GET", eventApi, null));
        all.put("GET /api/events/{id}/shifts", GatewayRequest.api("GET", eventApi + "/shifts", null));
        all.put("GET /api/events/changes", GatewayRequest.stream("/api/events/changes?event=" + EVENT));
        all.put("POST /api/events/{id}/registrations", GatewayRequest.api("POST", eventApi + "/registrations",
            "{\"companions\":1}"));
        all.put("GET /api/events/{id}/registrations/mine", GatewayRequest.api("GET", eventApi + "/registrations/mine",
            null));
        all.put("DELETE /api/events/{id}/registrations/mine", GatewayRequest.api("DELETE", eventApi
            + "/registrations/mine", null));
        all.put("POST /api/shifts/{id}/sign-ups", GatewayRequest.api("POST", "/api/shifts/" + SHIFT + "/sign-ups",
            "{}"));
        all.put("GET /api/me/registrations", GatewayRequest.api("GET", "/api/me/registrations", null));
        all.put("GET /api/me/shifts", GatewayRequest.api("GET", "/api/me/shifts", null));
        // The feedback module's pages and forms.
        var feedback = "/tilbakemeldinger/" + FEEDBACK;
        var staffFeedback = "/stab/innboks/tilbakemeldinger/" + FEEDBACK;
        all.put("GET /kommuner/{municipality}/tjenester", GatewayRequest.page("/kommuner/" + MUNICIPALITY + "/tjenester"));
        all.put("GET /kommuner/{municipality}/tjenester/{unit}", GatewayRequest.page("/kommuner/" + MUNICIPALITY
            + "/tjenester/bibliotek"));
        all.put("GET /tilbakemeldinger/{id}", GatewayRequest.page(feedback));
        all.put("POST /tilbakemeldinger", GatewayRequest.form("/tilbakemeldinger", "municipality=" + MUNICIPALITY
            + "&unit=bibliotek&rating=4&text=Bra"));
        all.put("POST /tilbakemeldinger/{id}/rapport", GatewayRequest.form(feedback + "/rapport", "reason=Reklame"));
        all.put("POST /tilbakemeldinger/{id}/trekk", GatewayRequest.form(feedback + "/trekk", ""));
        all.put("POST /tilbakemeldinger/{id}/ide", GatewayRequest.form(feedback + "/ide", "title=Lesekafe&body=Mer"));
        // Whose the piece is only the service knows; the stand-in knows no piece, so every signed-in persona gets 404.
        all.put("GET /tilbakemeldinger/{id}/endre", GatewayRequest.page(feedback + "/endre"));
        all.put("POST /tilbakemeldinger/{id}/endre", GatewayRequest.form(feedback + "/endre", "rating=4&text=Endret"));
        all.put("POST /stab/innboks/tilbakemeldinger/{id}/svar", GatewayRequest.form(staffFeedback + "/svar",
            "text=Takk&publicAnswer=ja"));
        all.put("POST /stab/innboks/tilbakemeldinger/{id}/svarfrist", GatewayRequest.form(staffFeedback
            + "/svarfrist", "respondBy=2027-04-01&reason=Ferie"));
        all.put("GET /stab/tilbakemeldinger/moderering", GatewayRequest.page("/stab/tilbakemeldinger/moderering"));
        all.put("POST /stab/tilbakemeldinger/{id}/{step}", GatewayRequest.form("/stab/tilbakemeldinger/" + FEEDBACK
            + "/skjuling", "reason=Reklame"));
        all.put("POST /tilbakemeldinger/{id}/anke", GatewayRequest.form(feedback + "/anke", "text=Ikke reklame"));
        all.put("GET /stab/tilbakemeldinger/innstillinger", GatewayRequest.page("/stab/tilbakemeldinger/innstillinger"));
        all.put("POST /stab/tilbakemeldinger/innstillinger", GatewayRequest.form("/stab/tilbakemeldinger/innstillinger",
            "reportThreshold=4"));
        all.put("GET /health", GatewayRequest.api("GET", "/health", null));
        all.put("GET /health/{selector}", GatewayRequest.api("GET", "/health/liveness", null));
        all.put("GET /prometheus", GatewayRequest.page("/prometheus"));
        return all;
    }

    private int statusOf(GatewayRequest request, Optional<Person> person, boolean repeatingCsrf) {
        return send(request, person, repeatingCsrf).statusCode();
    }

    /** {@code repeatingCsrf}: the form field or header repeats the CSRF cookie, as on the gateway's own pages. */
    private HttpResponse<InputStream> send(GatewayRequest request, Optional<Person> person, boolean repeatingCsrf) {
        // The browser always has its CSRF cookie; what a forged form lacks is the field or header repeating it.
        var cookies = person.map(this::cookiesOf).orElse("samskap_csrf=" + CSRF);
        var builder = gateway.request(request.path()).header("Cookie", cookies);
        switch (request.kind()) {
            case PAGE -> builder.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET();
            case FORM -> builder.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(repeatingCsrf
                    ? (request.body().isEmpty() ? "" : request.body() + "&") + "_csrf=" + CSRF : request.body()));
            case STREAM -> builder.header("Accept", "text/event-stream").timeout(Duration.ofSeconds(25)).GET();
            case DOWNLOAD -> builder.header("Accept", "text/csv").GET();
            case API -> {
                // As the gateway's own scripts call it: JSON, and the CSRF header on a write without a JSON body.
                builder.header("Accept", "application/json");
                if (repeatingCsrf && !"GET".equals(request.method())) {
                    builder.header("X-CSRF-Token", CSRF);
                }
                if (request.body() == null) {
                    builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
                } else {
                    builder.header("Content-Type", "application/json")
                        .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
                }
            }
        }
        // Streams never end: the status and headers are all the matrix needs, so no body is read.
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cookiesOf(Person person) {
        var identity = gateway.identityProvider();
        return "samskap_id=" + identity.idToken(person, Duration.ofMinutes(5)) + "; samskap_access="
            + identity.accessToken(person, Duration.ofMinutes(5)) + "; samskap_csrf=" + CSRF;
    }

    enum Kind { PAGE, FORM, API, STREAM, DOWNLOAD }

    /** One request the test knows how to make for a route; {@code body} is the form or JSON, null for none. */
    record GatewayRequest(Kind kind, String method, String path, String body) {

        static GatewayRequest page(String path) {
            return new GatewayRequest(Kind.PAGE, "GET", path, null);
        }

        static GatewayRequest form(String path, String form) {
            return new GatewayRequest(Kind.FORM, "POST", path, form);
        }

        static GatewayRequest stream(String path) {
            return new GatewayRequest(Kind.STREAM, "GET", path, null);
        }

        static GatewayRequest api(String method, String path, String json) {
            return new GatewayRequest(Kind.API, method, path, json);
        }
    }
}
