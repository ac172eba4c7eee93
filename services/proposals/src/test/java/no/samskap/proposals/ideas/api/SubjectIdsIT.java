package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's own public reads name no Keycloak subject to an anonymous caller (ADR 0055). */
@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectIdsIT {

    private static final String COMMENTER = "subject-ids-commenter";

    private final TestTokens tokens = TestTokens.shared();
    private HttpClient client;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        client = proposals.client();
        ideas = new IdeaFixtures(client);
        ideas.useModeration("post");
    }

    @Test
    void anAnonymousReaderOfAnIdeaLearnsNeitherItsAuthorNorTheStaffWhoAnsweredIt() {
        var id = ideas.acceptedIdea();

        var anonymous = read("/ideas/" + id, null);
        var author = read("/ideas/" + id, ideas.authorToken());

        assertAll(
            () -> assertFalse(anonymous.contains(IdeaFixtures.AUTHOR), anonymous),
            () -> assertFalse(anonymous.contains("fixture-staff"), anonymous),
            () -> assertTrue(anonymous.contains("\"authorId\":null"), anonymous),
            () -> assertTrue(anonymous.contains("\"answer\":\"Vi starter i januar.\""), anonymous),
            () -> assertTrue(author.contains("\"authorId\":\"" + IdeaFixtures.AUTHOR + "\""), author),
            () -> assertTrue(author.contains("fixture-staff"), author));
    }

    @Test
    void anAnonymousReaderOfTheCommentsLearnsNoAuthorWhileTheWriterStillKnowsTheirOwn() {
        var id = ideas.publishedIdea();
        var commenter = tokens.resident(COMMENTER, IdeaFixtures.MUNICIPALITY);
        ideas.commentOn(id, commenter, "Eg kan halde kurs om laurdagane.");
        ideas.hiddenComment(id);

        var anonymous = read("/ideas/" + id + "/comments", null);
        var writer = read("/ideas/" + id + "/comments", commenter);

        assertAll(
            () -> assertFalse(anonymous.contains(COMMENTER), anonymous),
            () -> assertFalse(anonymous.contains(IdeaFixtures.AUTHOR), anonymous),
            () -> assertTrue(anonymous.contains("Eg kan halde kurs om laurdagane."), anonymous),
            () -> assertTrue(anonymous.contains("\"byFormerParticipant\":false"), anonymous),
            () -> assertTrue(writer.contains("\"authorId\":\"" + COMMENTER + "\""), writer));
    }

    private String read(String path, String token) {
        var request = HttpRequest.GET(path);
        return client.toBlocking().retrieve(token == null ? request : request.bearerAuth(token), String.class);
    }
}
