package no.samskap.organisations.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.web.router.Router;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.HelpFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.organisations.enhetsregisteret.RecordedRegister;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.AuthorizationMatrix;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks every route of the service against the written table in {@code authorization-matrix.txt}. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final String MUNICIPALITY = AssociationFixtures.MUNICIPALITY;
    private static final String ASSOCIATION_ADMIN = "matrix-association-admin";
    private static final String MEMBER = "matrix-member";
    private static final String RESIDENT = "matrix-resident";
    private static final String INVITEE = "matrix-invitee";
    private static final String DEPUTY = "matrix-attest-deputy";
    private static final String VOLUNTEER = "matrix-volunteer";

    private static final Map<String, Object> VOLUNTEER_PROFILE = Map.of("skills", List.of("kafe"), "availability",
        List.of("weekends"), "languages", List.of("nb"), "contactConsent", true, "ageBand", "26-66");
    private static final List<String> PERSONAS_WITH_TOKENS = List.of("resident", "member", "association-admin",
        "admin-elsewhere", "staff", "staff-elsewhere", "admin");

    private final TestTokens tokens = TestTokens.shared();
    private final RecordedRegister register = RecordedRegister.start();
    private final AuthorizationMatrix matrix = AuthorizationMatrix.read("/authorization-matrix.txt");
    private ApplicationUnderTest organisations;
    private AssociationFixtures associations;
    private HelpFixtures help;
    private Map<String, Supplier<MutableHttpRequest<?>>> requests;

    /** Each call makes a fresh association with its admin and member, so no cell depends on another. */
    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        organisations = ApplicationUnderTest.start(OrganisationsApplication.class, infrastructure,
            Map.of("samskap.enhetsregisteret.url", register.url().toString()));
        associations = new AssociationFixtures(organisations.client());
        help = new HelpFixtures(organisations);
        associations.registeredBy("matrix-admin-elsewhere");
        associations.signedIn(RESIDENT);
        associations.signedIn(INVITEE);
        volunteer(tokens.resident(VOLUNTEER, MUNICIPALITY));
        requests = Map.ofEntries(
            Map.entry("POST /associations", () -> HttpRequest.POST("/associations", Map.of("organisationNumber",
                AssociationFixtures.freshOrganisationNumber(), "name", "Rana Teaterlag", "type", "teater"))),
            Map.entry("GET /associations/{id}", () -> HttpRequest.GET("/associations/" + association())),
            Map.entry("PATCH /associations/{id}", () -> HttpRequest.PATCH("/associations/" + association(),
                Map.of("description", "Vi øver på onsdager."))),
            Map.entry("POST /associations/{id}/verification",
                () -> HttpRequest.POST("/associations/" + uncheckedAssociation() + "/verification", "")),
            Map.entry("GET /associations/{id}/members",
                () -> HttpRequest.GET("/associations/" + association() + "/members")),
            Map.entry("PUT /associations/{id}/members/{personId}/role", () -> HttpRequest.PUT("/associations/"
                + association() + "/members/" + MEMBER + "/role", Map.of("role", "admin"))),
            Map.entry("DELETE /associations/{id}/members/{personId}",
                () -> HttpRequest.DELETE("/associations/" + association() + "/members/" + MEMBER)),
            Map.entry("POST /associations/{id}/invitations", () -> HttpRequest.POST("/associations/"
                + association() + "/invitations", Map.of("invitee", INVITEE, "role", "member"))),
            Map.entry("GET /associations/{id}/invitations", () -> {
                var id = association();
                associations.invited(id, ASSOCIATION_ADMIN, INVITEE, "member");
                return HttpRequest.GET("/associations/" + id + "/invitations");
            }),
            Map.entry("DELETE /associations/{id}/invitations/{invitationId}", () -> {
                var id = association();
                return HttpRequest.DELETE("/associations/" + id + "/invitations/"
                    + associations.invited(id, ASSOCIATION_ADMIN, INVITEE, "member"));
            }),
            Map.entry("GET /associations/{id}/register-roles",
                () -> HttpRequest.GET("/associations/" + association() + "/register-roles")),
            Map.entry("POST /invitations/{id}/acceptance",
                () -> HttpRequest.POST("/invitations/" + invitationToTheResident() + "/acceptance", "")),
            Map.entry("POST /invitations/{id}/refusal",
                () -> HttpRequest.POST("/invitations/" + invitationToTheResident() + "/refusal", "")),
            Map.entry("GET /me/invitations", () -> HttpRequest.GET("/me/invitations")),
            Map.entry("GET /me/associations", () -> HttpRequest.GET("/me/associations")),
            Map.entry("POST /help-offers", () -> HttpRequest.POST("/help-offers", Map.of("ideaId",
                UUID.randomUUID().toString(), "associationId", association(), "kind", "venue",
                "description", "Øvingslokalet vårt står ledig på mandager."))),
            Map.entry("GET /help-offers", () -> HttpRequest.GET("/help-offers?status=offered")),
            Map.entry("GET /help-offers/{id}", () -> HttpRequest.GET("/help-offers/" + waitingOffer())),
            Map.entry("POST /help-offers/{id}/acceptance",
                () -> HttpRequest.POST("/help-offers/" + waitingOffer() + "/acceptance", Map.of())),
            Map.entry("POST /help-offers/{id}/decline", () -> HttpRequest.POST("/help-offers/" + waitingOffer()
                + "/decline", Map.of("reason", "Dekket av kommunen."))),
            Map.entry("GET /ideas/{ideaId}/help-offers",
                () -> HttpRequest.GET("/ideas/" + UUID.randomUUID() + "/help-offers?status=accepted")),
            Map.entry("GET /associations/{id}/help-offers",
                () -> HttpRequest.GET("/associations/" + association() + "/help-offers")),
            Map.entry("GET /me/help-offers", () -> HttpRequest.GET("/me/help-offers")),
            Map.entry("POST /help-requests", () -> HttpRequest.POST("/help-requests", Map.of("associationId",
                association(), "task", "Kafévakt på basaren", "place", "Mo samfunnshus",
                "startsAt", Instant.now().plus(Duration.ofDays(9)).toString(),
                "endsAt", Instant.now().plus(Duration.ofDays(9)).plus(Duration.ofHours(3)).toString(),
                "skills", List.of("kafe")))),
            Map.entry("GET /help-requests", () -> HttpRequest.GET("/help-requests")),
            Map.entry("GET /help-requests/{id}", () -> HttpRequest.GET("/help-requests/" + helpRequest())),
            Map.entry("POST /help-requests/{id}/interest",
                () -> HttpRequest.POST("/help-requests/" + helpRequest() + "/interest", "")),
            Map.entry("GET /help-requests/{id}/interest",
                () -> HttpRequest.GET("/help-requests/" + helpRequest() + "/interest")),
            Map.entry("POST /help-requests/{id}/acceptance",
                () -> HttpRequest.POST("/help-requests/" + helpRequest() + "/acceptance", "")),
            Map.entry("GET /me/help-requests", () -> HttpRequest.GET("/me/help-requests")),
            Map.entry("POST /hours", () -> HttpRequest.POST("/hours", Map.of("offerId", acceptedOffer(),
                "date", LocalDate.now(ZoneId.of("Europe/Oslo")).toString(), "hours", 1.5, "role", "rigging"))),
            Map.entry("POST /hours/{id}/approval",
                () -> HttpRequest.POST("/hours/" + hoursOfTheMember() + "/approval", "")),
            Map.entry("POST /hours/{id}/rejection", () -> HttpRequest.POST("/hours/" + hoursOfTheMember()
                + "/rejection", Map.of("reason", "Ingen vakt den dagen."))),
            Map.entry("GET /hours", () -> HttpRequest.GET("/hours?status=logged")),
            Map.entry("GET /associations/{id}/hours",
                () -> HttpRequest.GET("/associations/" + association() + "/hours?status=logged")),
            Map.entry("GET /me/hours", () -> HttpRequest.GET("/me/hours")),
            Map.entry("GET /me/volunteer-record", () -> HttpRequest.GET("/me/volunteer-record")),
            Map.entry("GET /me/volunteer-record.pdf", () -> HttpRequest.GET("/me/volunteer-record.pdf")),
            Map.entry("POST /me/volunteer-record",
                () -> HttpRequest.POST("/me/volunteer-record", Map.of("displayName", "Frivillig"))),
            Map.entry("DELETE /me/volunteer-record/code", () -> {
                PERSONAS_WITH_TOKENS.forEach(persona -> help.codeIssuedBy(tokenFor(persona).orElseThrow()));
                return HttpRequest.DELETE("/me/volunteer-record/code");
            }),
            Map.entry("GET /volunteer-records/{code}", () -> HttpRequest.GET("/volunteer-records/"
                + help.codeIssuedBy(tokens.resident(MEMBER, MUNICIPALITY)))),
            Map.entry("PUT /me/volunteer", () -> HttpRequest.PUT("/me/volunteer", VOLUNTEER_PROFILE)),
            Map.entry("GET /me/volunteer", () -> {
                everyPersonaVolunteers();
                return HttpRequest.GET("/me/volunteer");
            }),
            Map.entry("DELETE /me/volunteer", () -> {
                everyPersonaVolunteers();
                return HttpRequest.DELETE("/me/volunteer");
            }),
            Map.entry("GET /volunteers", () -> HttpRequest.GET("/volunteers?municipality=4618&skill=kafe")),
            Map.entry("PUT /associations/{id}/attest-officers", () -> HttpRequest.PUT("/associations/"
                + withDeputy(association()) + "/attest-officers", Map.of("responsibleId", MEMBER, "deputyId", DEPUTY))),
            Map.entry("GET /associations/{id}/attest-officers",
                () -> HttpRequest.GET("/associations/" + withAttestOfficers() + "/attest-officers")),
            Map.entry("POST /associations/{id}/attest-sightings", () -> HttpRequest.POST("/associations/"
                + withAttestOfficers() + "/attest-sightings", Map.of("volunteerId", VOLUNTEER, "role", "barn-og-unge",
                "seenOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString()))),
            Map.entry("GET /associations/{id}/attest-sightings",
                () -> HttpRequest.GET("/associations/" + withAttestOfficers() + "/attest-sightings")),
            Map.entry("POST /associations/{id}/attest-requests", () -> HttpRequest.POST("/associations/"
                + withAttestOfficers() + "/attest-requests", Map.of("volunteerId", VOLUNTEER, "role", "barn-og-unge"))),
            Map.entry("GET /associations/{id}/attest-requests",
                () -> HttpRequest.GET("/associations/" + withAttestOfficers() + "/attest-requests")),
            Map.entry("GET /associations/{id}/attest-purpose-confirmation", () -> HttpRequest.GET("/associations/"
                + withAttestOfficers() + "/attest-purpose-confirmation?volunteerId=" + VOLUNTEER
                + "&role=barn-og-unge")),
            Map.entry("GET /me/attest-requests", () -> HttpRequest.GET("/me/attest-requests")),
            Map.entry("GET /persons/me/data", () -> HttpRequest.GET("/persons/me/data")),
            Map.entry("GET /openapi/organisations.yml", () -> HttpRequest.GET("/openapi/organisations.yml")),
            Map.entry("GET /health", () -> HttpRequest.GET("/health")),
            Map.entry("GET /health/{selector}", () -> HttpRequest.GET("/health/liveness")),
            Map.entry("GET /prometheus", () -> HttpRequest.GET("/prometheus").accept(MediaType.TEXT_PLAIN_TYPE)));
    }

    @AfterAll
    void stop() {
        organisations.close();
        register.close();
    }

    @Test
    void everyRouteTheServiceServesHasARowAndARequest() {
        var served = organisations.server().getApplicationContext().getBean(Router.class).uriRoutes()
            .filter(route -> !"HEAD".equals(route.getHttpMethodName()))
            .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
            .collect(Collectors.toSet());

        assertEquals(served, matrix.routes(), "routes served vs. rows in authorization-matrix.txt");
        assertEquals(served, requests.keySet(), "routes served vs. requests this test knows how to make");
    }

    @TestFactory
    Stream<DynamicTest> everyPersonaGetsWhatTheTableSays() {
        return matrix.cells().map(cell -> DynamicTest.dynamicTest(cell.persona() + " " + cell.route() + " -> "
                + cell.status(),
            () -> assertEquals(cell.status(), organisations.statusOf(withToken(requests.get(cell.route()).get(),
                tokenFor(cell.persona()))), cell.persona() + " on " + cell.route())));
    }

    /** A fresh association of 1833 run by the matrix's association admin, with the matrix's member in it. */
    private String association() {
        return associations.withMember(associations.registeredBy(ASSOCIATION_ADMIN), ASSOCIATION_ADMIN, MEMBER,
            "member");
    }

    /** A fresh association the register could not be asked about, so staff may verify it unchecked. */
    private String uncheckedAssociation() {
        var number = AssociationFixtures.freshOrganisationNumber();
        register.answer("/enhetsregisteret/api/enheter/" + number, 503, "{}");
        return associations.withMember(associations.registeredBy(ASSOCIATION_ADMIN, number), ASSOCIATION_ADMIN,
            MEMBER, "member");
    }

    /** An offer of the fresh association by its admin, waiting for the staff's answer. */
    private String waitingOffer() {
        return help.offeredBy(ASSOCIATION_ADMIN, association());
    }

    private String acceptedOffer() {
        return help.acceptedOfferBy(ASSOCIATION_ADMIN, association());
    }

    /** Hours the matrix's member logged against an accepted offer of the fresh association. */
    private String hoursOfTheMember() {
        return help.loggedBy(MEMBER, acceptedOffer());
    }

    private String helpRequest() {
        return help.requestedBy(ASSOCIATION_ADMIN, association());
    }

    /** A fresh association whose member is its responsible attest officer, with a deputy and a volunteer in it. */
    private String withAttestOfficers() {
        var id = withDeputy(association());
        associations.withMember(id, ASSOCIATION_ADMIN, VOLUNTEER, "member");
        organisations.client().toBlocking().exchange(HttpRequest.PUT("/associations/" + id + "/attest-officers",
            Map.of("responsibleId", MEMBER, "deputyId", DEPUTY)).bearerAuth(tokens.resident(ASSOCIATION_ADMIN,
            MUNICIPALITY)));
        return id;
    }

    private String withDeputy(String associationId) {
        return associations.withMember(associationId, ASSOCIATION_ADMIN, DEPUTY, "member");
    }

    /** Every persona has a volunteer profile, so each reads or withdraws its own. */
    private void everyPersonaVolunteers() {
        PERSONAS_WITH_TOKENS.forEach(persona -> tokenFor(persona).ifPresent(this::volunteer));
    }

    private void volunteer(String token) {
        organisations.client().toBlocking().exchange(HttpRequest.PUT("/me/volunteer", VOLUNTEER_PROFILE)
            .bearerAuth(token));
    }

    private String invitationToTheResident() {
        return associations.invited(association(), ASSOCIATION_ADMIN, RESIDENT, "member");
    }

    private Optional<String> tokenFor(String persona) {
        return switch (persona) {
            case "anonymous" -> Optional.empty();
            case "resident" -> Optional.of(tokens.resident(RESIDENT, MUNICIPALITY));
            case "member" -> Optional.of(tokens.resident(MEMBER, MUNICIPALITY));
            case "association-admin" -> Optional.of(tokens.resident(ASSOCIATION_ADMIN, MUNICIPALITY));
            case "admin-elsewhere" -> Optional.of(tokens.resident("matrix-admin-elsewhere", MUNICIPALITY));
            case "staff" -> Optional.of(tokens.staff("matrix-staff", MUNICIPALITY));
            case "staff-elsewhere" -> Optional.of(tokens.staff("matrix-staff-elsewhere", "4618"));
            case "admin" -> Optional.of(tokens.admin("matrix-admin", MUNICIPALITY));
            default -> throw new IllegalArgumentException("No persona " + persona + " in this test");
        };
    }

    private static HttpRequest<?> withToken(MutableHttpRequest<?> request, Optional<String> token) {
        if (token.isEmpty()) {
            return request;
        }
        return request.bearerAuth(token.get());
    }
}
