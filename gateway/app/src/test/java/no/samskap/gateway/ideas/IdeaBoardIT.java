package no.samskap.gateway.ideas;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.CommentAdded;
import no.samskap.contract.proposals.CommentHidden;
import no.samskap.contract.proposals.HidingCause;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaEdited;
import no.samskap.contract.proposals.IdeaHidden;
import no.samskap.contract.proposals.IdeaRestored;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.StandInIdentityProvider;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaPage;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaBoardIT {

    private TestInfrastructure infrastructure;
    private String schema;
    private EmbeddedServer server;
    private HttpClient client;
    private KafkaProducer<String, byte[]> producer;
    private StandInIdentityProvider identityProvider;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("gateway");
        var properties = new HashMap<String, Object>(infrastructure.applicationProperties(schema));
        properties.put("micronaut.server.port", -1);
        identityProvider = StandInIdentityProvider.start();
        properties.putAll(identityProvider.gatewayProperties());
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        producer = infrastructure.producer();
    }

    @AfterAll
    void stop() {
        producer.close();
        client.close();
        server.close();
        identityProvider.close();
    }

    @Test
    void showsASubmittedIdeaOnItsMunicipalitysBoardOnly() throws Exception {
        var ranaIdea = publishIdea("1833", "Karriereveiledning for unge YouTube-skapere", Instant.parse("2026-11-01T10:00:00Z"));
        var ullensvangIdea = publishIdea("4618", "Filmklubb i Odda", Instant.parse("2026-11-01T10:00:00Z"));

        eventually(() -> assertEquals("Karriereveiledning for unge YouTube-skapere",
            client.toBlocking().retrieve("/api/ideas/" + ranaIdea, IdeaPage.class).idea().title()));
        eventually(() -> client.toBlocking().retrieve("/api/ideas/" + ullensvangIdea, IdeaPage.class));

        var ranaBoard = client.toBlocking().retrieve("/api/ideas?municipality=1833&limit=100", IdeaBoardPage.class);
        assertTrue(ranaBoard.ideas().stream().anyMatch(idea -> idea.id().equals(ranaIdea)));
        assertFalse(ranaBoard.ideas().stream().anyMatch(idea -> idea.id().equals(ullensvangIdea)));
    }

    @Test
    void aRedeliveredMessageLeavesOneIdeaOnTheBoard() throws Exception {
        var id = UUID.randomUUID().toString();
        var envelope = EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "ullensvang-resident-1", "Korps for vaksne", "Spel med oss", "kulturskole",
                Instant.parse("2026-10-01T10:00:00Z")), UUID.randomUUID(), Instant.parse("2026-10-01T10:00:00Z"), "4618", id);
        var published = EnvelopeCodec.wrap(ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap",
            Instant.parse("2026-10-01T10:00:01Z")), UUID.randomUUID(), Instant.parse("2026-10-01T10:00:01Z"), "4618", id);
        send(id, EnvelopeCodec.toBytes(envelope));
        send(id, EnvelopeCodec.toBytes(envelope));
        send(id, EnvelopeCodec.toBytes(published));
        send(id, EnvelopeCodec.toBytes(published));
        // Another idea lives on another partition and says nothing about this one: a later message on this idea's
        // own partition does. Once it shows, both duplicates before it have been handled.
        send(id, support(id, "4618", Instant.parse("2026-10-01T10:00:02Z")));

        eventually(() -> assertEquals(1, client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class).idea().supportCount()));
        var board = client.toBlocking().retrieve("/api/ideas?municipality=4618&limit=100", IdeaBoardPage.class);
        assertEquals(1, board.ideas().stream().filter(idea -> idea.id().equals(id)).count());
        assertEquals(List.of("submitted", "published"), client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class)
            .timeline().stream().map(IdeaPage.Step::status).toList());
    }

    @Test
    void keepsAHeldIdeaOffTheBoardUntilItIsPublished() throws Exception {
        var id = UUID.randomUUID().toString();
        var at = Instant.parse("2026-10-02T10:00:00Z");
        var submission = UUID.randomUUID();
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "resident", "Venter på moderator", "Holdt tilbake", "annet", at), submission, at,
            "5009", id)));

        // The board shows nothing of a held idea, so nothing on it can tell that the submission has arrived. Every read
        // model applies a message in the one transaction that records it as processed: once it is recorded, the board
        // has had its chance to list the idea.
        eventually(() -> assertTrue(processed(submission), "the held idea's submission is applied"));
        assertThrows(HttpClientResponseException.class, () -> client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class));
        assertTrue(idsOn("/api/ideas?municipality=5009&limit=100").isEmpty());

        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_PUBLISHED,
            new IdeaPublished(id, "rana-staff", at.plusSeconds(60)), UUID.randomUUID(), at.plusSeconds(60), "5009", id)));
        eventually(() -> assertEquals(List.of(id), idsOn("/api/ideas?municipality=5009&limit=100")));
    }

    private boolean processed(UUID messageId) throws Exception {
        try (var connection = infrastructure.connect(schema);
             var statement = connection.prepareStatement("select 1 from processed_message where message_id = ?")) {
            statement.setObject(1, messageId);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Test
    void followsAnIdeaThroughItsAnswerAndCountsSupportsFromTheLatestMessage() throws Exception {
        var id = publishIdea("1833", "Ungdomsscene i Mo", Instant.parse("2026-10-03T10:00:00Z"));
        var at = Instant.parse("2026-10-04T10:00:00Z");
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.SUPPORT_GIVEN,
            new SupportGiven(id, "rana-resident-2", 1, at), UUID.randomUUID(), at, "1833", id)));
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.SUPPORT_GIVEN,
            new SupportGiven(id, "rana-resident-3", 2, at), UUID.randomUUID(), at, "1833", id)));
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_ASSESSMENT_STARTED,
            new IdeaAssessmentStarted(id, "rana-staff", LocalDate.parse("2026-12-01"), at.plusSeconds(1)), UUID.randomUUID(),
            at.plusSeconds(1), "1833", id)));
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_ANSWERED,
            new IdeaAnswered(id, "rana-staff", "accepted", "Scenen åpner i mars.", at.plusSeconds(2)), UUID.randomUUID(),
            at.plusSeconds(2), "1833", id)));

        eventually(() -> assertEquals("accepted", client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class).idea().status()));
        var page = client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class);
        assertEquals(2, page.idea().supportCount());
        assertEquals(LocalDate.parse("2026-12-01"), page.idea().respondBy());
        assertEquals("Scenen åpner i mars.", page.idea().answer());
        assertEquals(List.of("submitted", "published", "under-assessment", "accepted"),
            page.timeline().stream().map(IdeaPage.Step::status).toList());
        assertEquals(List.of("author", "platform", "municipality", "municipality"),
            page.timeline().stream().map(IdeaPage.Step::actor).toList());
        assertFalse(client.toBlocking().retrieve("/api/ideas/" + id, String.class).contains("rana-staff"),
            "no staff or supporter ids on the public page");
    }

    @Test
    void pagesThroughTheBoardNewestFirstWithoutRepeatsOrGaps() throws Exception {
        var municipality = "5001";
        var published = new HashSet<String>();
        for (int day = 1; day <= 7; day++) {
            published.add(publishIdea(municipality, "Idé nummer " + day, Instant.parse("2026-09-0" + day + "T12:00:00Z")));
        }
        eventually(() -> assertEquals(7, client.toBlocking()
            .retrieve("/api/ideas?municipality=5001&limit=100", IdeaBoardPage.class).ideas().size()));

        var seen = new java.util.ArrayList<IdeaSummary>();
        String after = null;
        do {
            var page = client.toBlocking().retrieve("/api/ideas?municipality=5001&limit=3"
                + (after == null ? "" : "&after=" + after), IdeaBoardPage.class);
            seen.addAll(page.ideas());
            after = page.next();
        } while (after != null);

        assertEquals(published, new HashSet<>(seen.stream().map(IdeaSummary::id).toList()));
        assertEquals("Idé nummer 7", seen.get(0).title());
        assertEquals("Idé nummer 1", seen.get(6).title());
    }

    @Test
    void aBoardPageAskedBeforeAChangeIsNeverGivenAgainAfterIt() throws Exception {
        var id = publishIdea("5003", "Kino i bygdehuset", Instant.parse("2026-09-10T12:00:00Z"));
        var board = "/api/ideas?municipality=5003&limit=10";
        eventually(() -> assertEquals(List.of(id), idsOn(board)));
        assertEquals(0, onlyIdeaOn(board).supportCount());

        send(id, support(id, "5003", Instant.parse("2026-09-11T12:00:00Z")));
        eventually(() -> assertEquals(1, client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class).idea().supportCount()));
        assertEquals(1, onlyIdeaOn(board).supportCount(), "the board as soon as the idea's own page shows the support");

        try (var connection = infrastructure.connect(schema); var update = connection.prepareStatement(
                "update idea_board set title = 'Kino i grendahuset' where id = ?")) {
            update.setObject(1, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
        assertEquals("Kino i grendahuset", onlyIdeaOn(board).title(), "a change by any path, not only a projection");
    }

    private IdeaSummary onlyIdeaOn(String path) {
        var ideas = client.toBlocking().retrieve(path, IdeaBoardPage.class).ideas();
        assertEquals(1, ideas.size());
        return ideas.get(0);
    }

    @Test
    void refusesAMunicipalityThatIsNoKommunenummerNamingTheField() {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET("/api/ideas?municipality=oslo"), String.class));

        assertEquals(400, failure.getStatus().getCode());
        assertTrue(failure.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"municipality\""));
    }

    @Test
    void refusesACursorItDidNotGiveOut() {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET("/api/ideas?municipality=1833&after=bogus"), String.class));

        assertEquals(400, failure.getStatus().getCode());
        assertTrue(failure.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"after\""));
    }

    @Test
    void answersAnUnknownIdeaWithNotFound() {
        var failure = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET("/api/ideas/" + UUID.randomUUID()), String.class));
        assertEquals(404, failure.getStatus().getCode());
    }

    @Test
    void aHiddenIdeaLeavesTheBoardAndComesBackInItsPlaceWhenRestored() throws Exception {
        var at = Instant.parse("2026-10-06T10:00:00Z");
        var id = publishIdea("5006", "Skjult en stund", at);
        eventually(() -> client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class));

        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_HIDDEN,
            new IdeaHidden(id, "Hidden pending review after 3 reports.", "samskap", at.plusSeconds(5)), UUID.randomUUID(),
            at.plusSeconds(5), "5006", id)));
        eventually(() -> assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class)));
        assertTrue(client.toBlocking().retrieve("/api/ideas?municipality=5006", IdeaBoardPage.class).ideas().isEmpty());

        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_RESTORED,
            new IdeaRestored(id, "rana-staff", at.plusSeconds(9)), UUID.randomUUID(), at.plusSeconds(9), "5006", id)));
        eventually(() -> assertEquals(at, client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class).idea().publishedAt()));
    }

    @Test
    void anIdeaWhoseAuthorIsBlockedLeavesTheBoardAndAModeratorsHidingMeanwhileOutlastsTheBlock() throws Exception {
        var at = Instant.parse("2026-10-08T10:00:00Z");
        var id = publishIdea("5016", "Forfattaren er sperra", at);
        eventually(() -> client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class));

        send(id, hidden(id, HidingCause.AUTHOR_BLOCKED, "fixture-admin", at.plusSeconds(5)));
        eventually(() -> assertTrue(idsOn("/api/ideas?municipality=5016").isEmpty()));

        send(id, restored(id, HidingCause.AUTHOR_BLOCKED, "samskap", at.plusSeconds(7)));
        send(id, hidden(id, HidingCause.MODERATION, "rana-staff", at.plusSeconds(7)));
        send(id, restored(id, HidingCause.MODERATION, "rana-staff", at.plusSeconds(9)));
        // A later message on the idea's partition: once it shows, every step before it has been applied.
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.SUPPORT_GIVEN,
            new SupportGiven(id, "rana-resident-2", 1, at.plusSeconds(10)), UUID.randomUUID(), at.plusSeconds(10), "5016", id)));
        eventually(() -> assertEquals(1, client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class).idea().supportCount()));
        assertEquals(List.of(id), idsOn("/api/ideas?municipality=5016"));
        assertEquals(at, client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class).idea().publishedAt(),
            "back in its place");
    }

    private static byte[] hidden(String id, String cause, String by, Instant at) {
        return EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_HIDDEN,
            new IdeaHidden(id, "Hidden while its author is blocked.", by, at, cause), UUID.randomUUID(), at, "5016", id));
    }

    private static byte[] restored(String id, String cause, String by, Instant at) {
        return EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_RESTORED,
            new IdeaRestored(id, by, at, cause), UUID.randomUUID(), at, "5016", id));
    }

    @Test
    void showsAnEditedIdeaAsItNowReadsAndFindsItByItsNewWords() throws Exception {
        var at = Instant.parse("2026-10-07T10:00:00Z");
        var id = publishIdea("5007", "Gammel tittel", at);
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_EDITED,
            new IdeaEdited(id, "resident", "Dansekurs for seniorer", "Ny tekst", "kulturhus", List.of(), List.of("eldre"),
                "for-alle", null, at.plusSeconds(5)), UUID.randomUUID(), at.plusSeconds(5), "5007", id)));

        eventually(() -> assertEquals("Dansekurs for seniorer",
            client.toBlocking().retrieve("/api/ideas/" + id, IdeaPage.class).idea().title()));
        var found = client.toBlocking().retrieve("/api/ideas?municipality=5007&q=dansekurs", IdeaBoardPage.class);
        assertEquals(List.of(id), found.ideas().stream().map(IdeaSummary::id).toList());
    }

    @Test
    void narrowsTheBoardByTargetGroupStrategicValueAndCostModel() throws Exception {
        var at = Instant.parse("2026-10-08T10:00:00Z");
        var youth = classifiedIdea("Gaming for ungdom", List.of("ungdom"), List.of("mangfold"), "for-alle", at);
        var paid = classifiedIdea("Kurs med egenandel", List.of("voksne", "eldre"), List.of(), "for-noen", at.plusSeconds(1));
        var unclassified = publishIdea("5008", "Uten klassifisering", at.plusSeconds(2));

        // The three ideas live on different partitions: wait until every one is published.
        eventually(() -> assertEquals(Set.of(youth, paid, unclassified), Set.copyOf(idsOn("/api/ideas?municipality=5008"))));
        assertEquals(List.of(youth), idsOn("/api/ideas?municipality=5008&targetGroup=ungdom"));
        assertEquals(List.of(paid), idsOn("/api/ideas?municipality=5008&costModel=for-noen"));
        assertEquals(List.of(youth), idsOn("/api/ideas?municipality=5008&strategicValue=mangfold"));
        assertEquals(List.of(unclassified, youth), idsOn("/api/ideas?municipality=5008&targetGroup=alle,ungdom"));
        var refusal = assertThrows(HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.GET("/api/ideas?municipality=5008&targetGroup=katter"), String.class));
        assertTrue(refusal.getResponse().getBody(String.class).orElseThrow().contains("\"field\":\"targetGroup\""));
    }

    private String classifiedIdea(String title, List<String> targetGroups, List<String> strategicValues, String costModel,
                                  Instant at) throws Exception {
        var id = UUID.randomUUID().toString();
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED, new IdeaSubmitted(id, "resident",
            title, "Tekst", "kulturhus", at, strategicValues, targetGroups, costModel, null), UUID.randomUUID(), at, "5008", id)));
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_PUBLISHED,
            new IdeaPublished(id, "samskap", at), UUID.randomUUID(), at, "5008", id)));
        return id;
    }

    private List<String> idsOn(String path) {
        return client.toBlocking().retrieve(path, IdeaBoardPage.class).ideas().stream().map(IdeaSummary::id).toList();
    }

    @Test
    void countsVisibleCommentsAndSortsTheMostDiscussedFirst() throws Exception {
        var at = Instant.parse("2026-10-05T10:00:00Z");
        var quiet = publishIdea("5002", "Stille idé", at);
        var discussed = publishIdea("5002", "Omdiskutert idé", at.minusSeconds(60));
        comment(discussed, at);
        comment(discussed, at);
        var hidden = comment(discussed, at);
        send(discussed, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.COMMENT_HIDDEN,
            new CommentHidden(discussed, hidden, "Hidden pending review after 3 reports.", "samskap", at), UUID.randomUUID(),
            at, "5002", discussed)));
        // Two comments is also where the count stands before the third arrives: wait for a later message on the
        // discussed idea's partition instead, and for the quiet idea on its own partition.
        send(discussed, support(discussed, "5002", at));

        eventually(() -> {
            assertEquals(1, client.toBlocking().retrieve("/api/ideas/" + discussed, IdeaPage.class).idea().supportCount());
            client.toBlocking().retrieve("/api/ideas/" + quiet, IdeaPage.class);
        });
        assertEquals(2, client.toBlocking().retrieve("/api/ideas/" + discussed, IdeaPage.class).idea().commentCount());
        var board = client.toBlocking().retrieve("/api/ideas?municipality=5002&sort=most-discussed", IdeaBoardPage.class);
        assertEquals(List.of(discussed, quiet), board.ideas().stream().map(IdeaSummary::id).toList());
    }

    private String comment(String ideaId, Instant at) throws Exception {
        var commentId = UUID.randomUUID().toString();
        send(ideaId, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.COMMENT_ADDED,
            new CommentAdded(ideaId, commentId, null, "resident", false, "Godt forslag!", at), UUID.randomUUID(), at,
            "5002", ideaId)));
        return commentId;
    }

    private static byte[] support(String id, String municipality, Instant at) {
        return EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.SUPPORT_GIVEN,
            new SupportGiven(id, "sentinel-resident", 1, at), UUID.randomUUID(), at, municipality, id));
    }

    /** Submitted and published, as under post-moderation. */
    private String publishIdea(String municipality, String title, Instant submittedAt) throws Exception {
        var id = UUID.randomUUID().toString();
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "resident", title, "Beskrivelse", "annet", submittedAt), UUID.randomUUID(), submittedAt,
            municipality, id)));
        send(id, EnvelopeCodec.toBytes(EnvelopeCodec.wrap(ProposalsMessages.IDEA_PUBLISHED,
            new IdeaPublished(id, "samskap", submittedAt), UUID.randomUUID(), submittedAt, municipality, id)));
        return id;
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(infrastructure.topicPrefix() + ProposalsMessages.IDEA.topic(), key, value)).get();
    }

}
