package no.samskap.organisations.fuzz;

import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.organisations.enhetsregisteret.RecordedRegister;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import no.samskap.testkit.TestTokens;
import no.samskap.testkit.fuzz.Callers;
import no.samskap.testkit.fuzz.ServiceFuzzing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static no.samskap.organisations.AssociationFixtures.MUNICIPALITY;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service looks associations up in a recorded Enhetsregisteret, so its routes answer as they do when the register
 * is up. Its {@code person} table is left out of the comparison: every request with a validly signed token records
 * the caller, refused or not (ADR 0030).
 */
@RealInfrastructure
class OrganisationsFuzzIT {

    @Test
    @DisplayName("Thousands of hostile requests to every route of the organisations service get no 5xx, only"
        + " problem+json refusals, and refused ones change nothing stored but who called")
    void hostileRequestsAreRefusedCleanly(TestInfrastructure infrastructure) throws Exception {
        var tokens = TestTokens.shared();
        try (var register = RecordedRegister.start();
             var organisations = ApplicationUnderTest.start(OrganisationsApplication.class, infrastructure,
                 // No retry of register look-ups while fuzzing: it changes associations beside the requests,
                 // which would read as a refused request having changed something.
                 Map.of("samskap.enhetsregisteret.url", register.url().toString(),
                     "samskap.enhetsregisteret.retry-every", "1h",
                     "samskap.enhetsregisteret.retry-first-after", "1h"))) {
            ServiceFuzzing.warmUp(organisations, "organisations", tokens.resident("fuzz-warm-up", MUNICIPALITY));
            var associations = new AssociationFixtures(organisations.client());
            associations.signedIn("fuzz-admin");
            // A number the recorded register knows, so the staff's verification asks it and succeeds.
            var association = associations.registeredBy("fuzz-admin", RecordedRegister.FOUND.value());
            associations.verify(association, "fuzz-staff");
            var callers = Callers.of(MUNICIPALITY, tokens.resident("fuzz-admin", MUNICIPALITY),
                tokens.resident("fuzz-resident", MUNICIPALITY), tokens.staff("fuzz-staff", MUNICIPALITY),
                tokens.admin("fuzz-municipality-admin", MUNICIPALITY));
            var known = Map.of("municipality", List.of(MUNICIPALITY), "id", List.of(association),
                "personId", List.of("fuzz-admin", "fuzz-resident"), "organisationNumber",
                List.of(AssociationFixtures.freshOrganisationNumber()));

            var findings = ServiceFuzzing.fuzz(organisations, "organisations", callers, known, Set.of("person"));

            findings.assertNoFaults();
            assertTrue(findings.acceptedWithValidToken() > 0, "no valid request got through: " + findings.summary());
        }
    }
}
