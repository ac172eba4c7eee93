package no.samskap.organisations.members.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.organisations.enhetsregisteret.RecordedRegister;
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

/**
 * The roles Enhetsregisteret lists for an association, through the service's register adapter from the recorded
 * register. Named apart from the {@code *Register*} pattern of the adapter's unit tests.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardRolesIT {

    private static final Argument<List<Map<String, Object>>> MAPS =
        Argument.listOf(Argument.mapOf(String.class, Object.class));

    private static final String MUNICIPALITY = AssociationFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private final RecordedRegister recorded = RecordedRegister.start();
    private ApplicationUnderTest organisations;
    private AssociationFixtures fixtures;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        organisations = ApplicationUnderTest.start(OrganisationsApplication.class, infrastructure,
            Map.of("samskap.enhetsregisteret.url", recorded.url().toString()));
        fixtures = new AssociationFixtures(organisations.client());
    }

    @AfterAll
    void stop() {
        organisations.close();
        recorded.close();
    }

    @Test
    void staffOfTheMunicipalityAndTheAdminsSeeTheRolesTheRegisterLists() {
        var association = fixtures.registeredBy("reg-admin", RecordedRegister.FOUND.value());

        var roles = organisations.client().toBlocking().retrieve(rolesOf(association)
            .bearerAuth(tokens.staff("reg-staff", MUNICIPALITY)), MAPS);

        assertEquals(Map.of("roleCode", "LEDE", "roleDescription", "Styrets leder", "personName", "Kari Fjellheim",
            "resigned", false), roles.get(0));
        assertEquals(Map.of("roleCode", "MEDL", "roleDescription", "Styremedlem", "personName", "Siri Haugli",
            "resigned", true), roles.get(2));
        assertEquals(roles, organisations.client().toBlocking().retrieve(rolesOf(association)
            .bearerAuth(tokens.resident("reg-admin", MUNICIPALITY)), MAPS));
    }

    @Test
    void anAssociationTheRegisterDoesNotKnowHasNoRoles() {
        var association = fixtures.registeredBy("reg-admin");

        assertEquals(List.of(), organisations.client().toBlocking().retrieve(rolesOf(association)
            .bearerAuth(tokens.staff("reg-staff", MUNICIPALITY)), MAPS));
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
    void aRegisterThatDoesNotAnswerIsAProblemToTryAgainLater() {
        var association = fixtures.registeredBy("reg-admin");
        recorded.failWith(500);
        try {
            var problem = organisations.refused(rolesOf(association).bearerAuth(tokens.staff("reg-staff",
                MUNICIPALITY)));

            assertEquals(503, problem.get("status"));
        } finally {
            recorded.answerAsRecorded();
        }
    }

    private static MutableHttpRequest<?> rolesOf(String association) {
        return HttpRequest.GET("/associations/" + association + "/register-roles");
    }
}
