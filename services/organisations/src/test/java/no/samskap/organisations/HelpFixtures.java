package no.samskap.organisations;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.TestTokens;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Offers of help made and answered through the API, and what the service told people. */
public final class HelpFixtures {

    public static final String STAFF = "rana-staff-help";

    private final ApplicationUnderTest organisations;
    private final HttpClient client;
    private final TestTokens tokens = TestTokens.shared();

    public HelpFixtures(ApplicationUnderTest organisations) {
        this.organisations = organisations;
        this.client = organisations.client();
    }

    /** An offer of 20 hours to a fresh idea by {@code adminId} for the association, and its id. */
    @SuppressWarnings("unchecked")
    public String offeredBy(String adminId, String associationId) {
        var created = client.toBlocking().retrieve(offer(adminId, associationId), Map.class);
        return (String) created.get("id");
    }

    /** The request offering help to a fresh idea: the person's skills, or the association's 20 hours. */
    public HttpRequest<?> offer(String adminId, String associationId) {
        var body = associationId == null
            ? Map.of("ideaId", UUID.randomUUID().toString(), "kind", "skills", "skills", List.of("lyd-lys"),
                "description", "Jeg kan rigge lyd.")
            : Map.of("ideaId", UUID.randomUUID().toString(), "associationId", associationId, "kind", "hours",
                "hours", 20, "skills", List.of("kafe"), "description", "Vi driver kafé under åpningen.");
        return HttpRequest.POST("/help-offers", body)
            .bearerAuth(tokens.resident(adminId, AssociationFixtures.MUNICIPALITY));
    }

    public String acceptedOfferBy(String adminId, String associationId) {
        var id = offeredBy(adminId, associationId);
        client.toBlocking().exchange(HttpRequest.POST("/help-offers/" + id + "/acceptance", Map.of())
            .bearerAuth(tokens.staff(STAFF, AssociationFixtures.MUNICIPALITY)));
        return id;
    }

    /** A request for help with sound by the association, through its admin, and its id. */
    @SuppressWarnings("unchecked")
    public String requestedBy(String adminId, String associationId) {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/help-requests", Map.of(
                "associationId", associationId, "task", "Rigg lyd til vårkonserten", "place", "Mo kulturhus",
                "startsAt", Instant.now().plus(Duration.ofDays(30)).toString(),
                "endsAt", Instant.now().plus(Duration.ofDays(30)).plus(Duration.ofHours(4)).toString(),
                "skills", List.of("lyd-lys")))
            .bearerAuth(tokens.resident(adminId, AssociationFixtures.MUNICIPALITY)), Map.class);
        return (String) created.get("id");
    }

    /** Two hours the volunteer worked today against the offer, and the entry's id. */
    @SuppressWarnings("unchecked")
    public String loggedBy(String volunteerId, String offerId) {
        var created = client.toBlocking().retrieve(HttpRequest.POST("/hours", Map.of("offerId", offerId,
                "date", LocalDate.now(ZoneId.of("Europe/Oslo")).toString(), "hours", 2, "role", "kafévakt"))
            .bearerAuth(tokens.resident(volunteerId, AssociationFixtures.MUNICIPALITY)), Map.class);
        return (String) created.get("id");
    }

    /** A live verification code for the person's volunteer record. */
    @SuppressWarnings("unchecked")
    public String codeIssuedBy(String bearerToken) {
        var issued = client.toBlocking().retrieve(HttpRequest.POST("/me/volunteer-record",
            Map.of("displayName", "Frivillig")).bearerAuth(bearerToken), Map.class);
        return (String) issued.get("verificationCode");
    }

    /** Adds a member straight to the table, until members are invited through the API. */
    public void addMember(String associationId, String personId, String role) throws SQLException {
        try (var connection = organisations.connect(); var statement = connection.prepareStatement("""
            insert into membership (association_id, person_id, role, added_by, added_at)
            values (?, ?, ?, 'fixture', now())""")) {
            statement.setObject(1, UUID.fromString(associationId));
            statement.setString(2, personId);
            statement.setString(3, role);
            statement.executeUpdate();
        }
    }

    /** The JSON array the service answers, as maps. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Map<String, Object>> list(HttpRequest<?> request) {
        return (List<Map<String, Object>>) (List) client.toBlocking().retrieve(request,
            Argument.listOf(Map.class));
    }

    /** The kinds of the notices the service gave the person, oldest first. */
    public List<String> noticeKindsFor(String personId) throws SQLException {
        try (var connection = organisations.connect();
             var statement = connection.prepareStatement("""
                 select envelope::jsonb -> 'payload' ->> 'kind' from outbox_message
                 where message_key = ? and message_type = 'person-notified' order by seq""")) {
            statement.setString(1, personId);
            var kinds = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
            return kinds;
        }
    }

    /** The payload of the newest message of the type with the key, as JSON text. */
    public String lastPayload(String key, String type) throws SQLException {
        try (var connection = organisations.connect();
             var statement = connection.prepareStatement("""
                 select envelope::jsonb ->> 'payload' from outbox_message
                 where message_key = ? and message_type = ? order by seq desc limit 1""")) {
            statement.setString(1, key);
            statement.setString(2, type);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
