package no.samskap.testkit;

import io.micronaut.http.HttpRequest;
import no.samskap.contract.persons.PersonErased;
import no.samskap.contract.persons.PersonsMessages;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's data in one application, the way the person reaches it: downloaded from {@code GET /persons/me/data}
 * with their own token, and erased by a {@code person-erased} message the application consumes.
 */
public final class PersonalDataOfApplication implements AutoCloseable {

    private final ApplicationUnderTest application;
    private final MessagesOnKafka kafka;
    private final TestTokens tokens = TestTokens.shared();

    public PersonalDataOfApplication(ApplicationUnderTest application, TestInfrastructure infrastructure) {
        this.application = application;
        this.kafka = new MessagesOnKafka(infrastructure);
    }

    /** The person's download: each part's name and what it holds. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> download(String subject, String municipality) {
        var data = application.client().toBlocking().retrieve(HttpRequest.GET("/persons/me/data")
            .bearerAuth(tokens.resident(subject, municipality)), Map.class);
        assertEquals(subject, data.get("subjectId"));
        return (Map<String, Map<String, Object>>) data.get("parts");
    }

    /** The kinds of data each part that holds anything gives in the download, sorted. */
    public Map<String, List<String>> kindsIn(String subject, String municipality) {
        var kinds = new TreeMap<String, List<String>>();
        download(subject, municipality).forEach((part, found) -> {
            if (!found.isEmpty()) {
                kinds.put(part, found.keySet().stream().sorted().toList());
            }
        });
        return kinds;
    }

    /** Sends the person's erasure and waits until the application has applied it. */
    public void erase(String subject, String municipality) {
        var id = UUID.randomUUID();
        kafka.send(PersonsMessages.PERSON_ERASED, id, Instant.now(), municipality, subject,
            new PersonErased(subject, Instant.now()));
        eventually(() -> assertTrue(processed(id), "person-erased " + id + " applied"));
    }

    private boolean processed(UUID messageId) throws SQLException {
        try (var connection = application.connect();
             var statement = connection.prepareStatement("select 1 from processed_message where message_id = ?")) {
            statement.setObject(1, messageId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
