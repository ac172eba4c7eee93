package no.samskap.organisations;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.OrganisationNumber;
import no.samskap.testkit.TestTokens;

import java.util.HashMap;
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
    public String registeredBy(String adminId) {
        return registeredBy(adminId, freshOrganisationNumber());
    }

    /** Registers an association in Rana under this number, such as one a recorded register knows. */
    @SuppressWarnings("unchecked")
    public String registeredBy(String adminId, String organisationNumber) {
        var body = Map.of("organisationNumber", organisationNumber, "name", "Rana Sangkor", "type", "kor",
            "description", "Blandakor som øver på tirsdager.");
        var created = client.toBlocking().retrieve(HttpRequest.POST("/associations", body)
            .bearerAuth(tokens.resident(adminId, MUNICIPALITY)), Map.class);
        return (String) created.get("id");
    }

    public String verified(String adminId) {
        var id = registeredBy(adminId);
        verify(id, "fixture-staff");
        return id;
    }

    /** The staff member verifies the association (the service tries again itself if the register check races it). */
    public void verify(String associationId, String staffId) {
        client.toBlocking().exchange(HttpRequest.POST("/associations/" + associationId + "/verification", "")
            .bearerAuth(tokens.staff(staffId, MUNICIPALITY)));
    }

    /** The resident calls the service once, as anyone does on signing in, so that they can be invited. */
    public void signedIn(String subject) {
        client.toBlocking().exchange(HttpRequest.GET("/me/associations").bearerAuth(tokens.resident(subject,
            MUNICIPALITY)), String.class);
    }

    /** Invites the person as {@code role} on behalf of the admin, and returns the invitation's id. */
    @SuppressWarnings("unchecked")
    public String invited(String associationId, String adminId, String invitee, String role) {
        var invitation = client.toBlocking().retrieve(HttpRequest.POST("/associations/" + associationId
            + "/invitations", Map.of("invitee", invitee, "role", role)).bearerAuth(tokens.resident(adminId,
            MUNICIPALITY)), Map.class);
        return (String) invitation.get("id");
    }

    /** The person signs in, is invited by the admin and accepts; returns the association's id. */
    public String withMember(String associationId, String adminId, String memberId, String role) {
        signedIn(memberId);
        var invitation = invited(associationId, adminId, memberId, role);
        client.toBlocking().exchange(HttpRequest.POST("/invitations/" + invitation + "/acceptance", "")
            .bearerAuth(tokens.resident(memberId, MUNICIPALITY)), String.class);
        return associationId;
    }

    /** A copy of a request body with one field set (or set to null), for trying one bad value at a time. */
    public static Map<String, Object> with(Map<String, ?> body, String field, Object value) {
        var copy = new HashMap<String, Object>(body);
        copy.put(field, value);
        return copy;
    }
}
