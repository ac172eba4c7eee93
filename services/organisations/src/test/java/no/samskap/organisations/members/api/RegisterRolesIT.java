package no.samskap.organisations.members.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.organisations.RecordedRegisterRoles;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The register's roles for an association, from a recorded register that answers as Enhetsregisteret's /roller. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterRolesIT {

    private static final Argument<List<Map<String, Object>>> MAPS =
        Argument.listOf(Argument.mapOf(String.class, Object.class));

    private static final String MUNICIPALITY = AssociationFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private AssociationFixtures fixtures;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        organisations = ApplicationUnderTest.start(OrganisationsApplication.class, infrastructure,
            Map.of(RecordedRegisterRoles.PROPERTY, RecordedRegisterRoles.VALUE));
        fixtures = new AssociationFixtures(organisations.client());
    }

    @AfterAll
    void stop() {
        organisations.close();
    }

    @Test
    void staffOfTheMunicipalityAndTheAdminsSeeTheRolesTheRegisterLists() {
        var association = fixtures.registeredBy("reg-admin");

        var roles = organisations.client().toBlocking().retrieve(rolesOf(association)
            .bearerAuth(tokens.staff("reg-staff", MUNICIPALITY)), MAPS);

        assertEquals(List.of(
            Map.of("roleCode", "LEDE", "roleDescription", "Styrets leder", "personName", "Kari Nordmann",
                "resigned", false),
            Map.of("roleCode", "NEST", "roleDescription", "Nestleder", "personName", "Ola Nordmann",
                "resigned", true)), roles);
        assertEquals(roles, organisations.client().toBlocking().retrieve(rolesOf(association)
            .bearerAuth(tokens.resident("reg-admin", MUNICIPALITY)), MAPS));
    }

    @Test
    void membersStaffElsewhereAndOtherResidentsMayNotSeeThem() {
        var association = fixtures.withMember(fixtures.registeredBy("reg-admin"), "reg-admin", "reg-member",
            "member");

        assertEquals(403, organisations.statusOf(rolesOf(association)
            .bearerAuth(tokens.resident("reg-member", MUNICIPALITY))));
        assertEquals(403, organisations.statusOf(rolesOf(association)
            .bearerAuth(tokens.staff("reg-staff-ulv", "4618"))));
        assertEquals(401, organisations.statusOf(rolesOf(association)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRegisterThatDoesNotAnswerIsAProblemToTryAgainLater() {
        var association = fixtures.registeredBy("reg-admin");
        var number = (String) organisations.client().toBlocking().retrieve(HttpRequest.GET("/associations/"
            + association), Map.class).get("organisationNumber");
        RecordedRegisterRoles.answerNothingFor(number);

        var problem = organisations.refused(rolesOf(association).bearerAuth(tokens.staff("reg-staff", MUNICIPALITY)));

        assertEquals(503, problem.get("status"));
    }

    private static io.micronaut.http.MutableHttpRequest<?> rolesOf(String association) {
        return HttpRequest.GET("/associations/" + association + "/register-roles");
    }
}
