package no.samskap.organisations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.OrganisationNumber;
import no.samskap.testkit.TestTokens;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Associations made through the API, each with a fresh organisation number that passes MOD11. */
public final class AssociationFixtures {

    public static final String MUNICIPALITY = "1833";
    private static final AtomicInteger NEXT_NUMBER = new AtomicInteger(91_000_000);

    private final HttpClient client;
    private final TestTokens tokens = TestTokens.shared();

    public AssociationFixtures(HttpClient client) {
        this.client = client;
    }

    /** The next organisation number with a valid check digit (numbers whose remainder is 1 are skipped). */
    public static String freshOrganisationNumber() {
        while (true) {
            var firstEight = Integer.toString(NEXT_NUMBER.getAndIncrement());
            var checkDigit = OrganisationNumber.checkDigitOf(firstEight);
            if (checkDigit.isPresent()) {
                return firstEight + checkDigit.get();
            }
        }
    }

    /** Registers an association in Rana with {@code adminId} as its first admin, and returns its id. */
    @SuppressWarnings("unchecked")
    public String registeredBy(String adminId) {
        var body = Map.of("organisationNumber", freshOrganisationNumber(), "name", "Rana Sangkor", "type", "kor",
            "description", "Blandakor som øver på tirsdager.");
        var created = client.toBlocking().retrieve(HttpRequest.POST("/associations", body)
            .bearerAuth(tokens.resident(adminId, MUNICIPALITY)), Map.class);
        return (String) created.get("id");
    }

    public String verified(String adminId) {
        var id = registeredBy(adminId);
        client.toBlocking().exchange(HttpRequest.POST("/associations/" + id + "/verification", "")
            .bearerAuth(tokens.staff("fixture-staff", MUNICIPALITY)));
        return id;
    }
}
