package no.samskap.organisations.people.api;

import io.micronaut.http.HttpRequest;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleRecordingIT {

    private static final String MUNICIPALITY = AssociationFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;

    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
    }

    @Test
    void aCallerIsRecordedAsTheirTokenDescribesThem() throws SQLException {
        call(tokens.sign(tokens.claims("ppl-1", MUNICIPALITY, "resident").claim("preferred_username", "kari.n")
            .claim("name", "Kari Nordmann").claim("email", "kari@example.no").build()));

        assertEquals(List.of("kari.n", "Kari Nordmann", "kari@example.no", MUNICIPALITY), stored("ppl-1"));
    }

    @Test
    void theSameClaimsAgainWriteNothingAndAChangedNameIsRecorded() throws SQLException {
        var claims = tokens.claims("ppl-2", MUNICIPALITY, "resident").claim("name", "Per Hansen");
        call(tokens.sign(claims.build()));
        var firstChange = changedAt("ppl-2");

        call(tokens.sign(claims.build()));
        call(tokens.sign(tokens.claims("ppl-2", MUNICIPALITY, "resident").claim("name", "Per Hansen").build()));
        assertEquals(firstChange, changedAt("ppl-2"));

        call(tokens.sign(tokens.claims("ppl-2", MUNICIPALITY, "resident").claim("name", "Per Olav Hansen").build()));
        assertEquals("Per Olav Hansen", stored("ppl-2").get(1));
        assertTrue(changedAt("ppl-2").compareTo(firstChange) > 0);
    }

    @Test
    void staffAreRecordedOnAnyRouteAndAnonymousCallersAreNot() throws SQLException {
        organisations.statusOf(HttpRequest.GET("/associations/" + UUID.randomUUID())
            .bearerAuth(tokens.staff("ppl-staff", MUNICIPALITY)));
        assertEquals(List.of("ppl-staff", "", "", MUNICIPALITY), stored("ppl-staff"));

        var before = count();
        organisations.statusOf(HttpRequest.GET("/associations/" + UUID.randomUUID()));
        assertEquals(before, count());
    }

    @Test
    void aRefusedTokenRecordsNobody() throws SQLException {
        var before = count();
        organisations.statusOf(HttpRequest.GET("/me/associations").bearerAuth(tokens.signWithForeignKey(
            tokens.claims("ppl-forger", MUNICIPALITY, "resident").build())));

        assertEquals(before, count());
        assertEquals(List.of(), stored("ppl-forger"));
    }

    private void call(String token) {
        assertEquals(200, organisations.statusOf(HttpRequest.GET("/me/associations").bearerAuth(token)));
    }

    private List<String> stored(String subject) throws SQLException {
        try (var connection = organisations.connect(); var statement = connection.prepareStatement(
            "select username, display_name, email, municipality from person where subject = ?")) {
            statement.setString(1, subject);
            try (var rows = statement.executeQuery()) {
                var values = new ArrayList<String>();
                if (rows.next()) {
                    for (int column = 1; column <= 4; column++) {
                        values.add(rows.getString(column) == null ? "" : rows.getString(column));
                    }
                }
                return values;
            }
        }
    }

    private String changedAt(String subject) throws SQLException {
        try (var connection = organisations.connect(); var statement = connection.prepareStatement(
            "select changed_at::text from person where subject = ?")) {
            statement.setString(1, subject);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private int count() throws SQLException {
        try (var connection = organisations.connect();
             var rows = connection.createStatement().executeQuery("select count(*) from person")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
