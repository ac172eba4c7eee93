package no.samskap.proposals.ideas.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import no.samskap.contract.Envelope;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.proposals.IdeaFixtures;
import no.samskap.proposals.ProposalsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ServiceUnderTest(ProposalsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdeaModerationIT {

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest proposals;
    private HttpClient client;
    private IdeaFixtures ideas;

    @BeforeAll
    void start(ApplicationUnderTest proposals) {
        this.proposals = proposals;
        client = proposals.client();
        ideas = new IdeaFixtures(client);
        ideas.useModeration("post");
    }

    @Test
    void threeReportsHideAnIdeaFromThePublicButNotFromItsAuthorOrStaff() throws Exception {
        var id = ideas.publishedIdea();

        report(id, resident("anna"), "Reklame.");
        report(id, resident("anna"), "Reklame, igjen.");
        report(id, ideas.staffToken(), "Tvilsamt.");
        assertFalse(idea(id, null).hidden());

        report(id, tokens.staff("odda-staff", "4618"), "Reklame for eit firma.");

        assertEquals(404, proposals.refused(HttpRequest.GET("/ideas/" + id)).get("status"));
        assertEquals(404, proposals.refused(HttpRequest.GET("/ideas/" + id).bearerAuth(resident("bjorn"))).get("status"));
        var seenByAuthor = idea(id, ideas.authorToken());
        assertTrue(seenByAuthor.hidden());
        assertEquals("published", seenByAuthor.status());
        assertEquals("Hidden pending review after 3 reports.", seenByAuthor.hiddenReason());
        assertTrue(idea(id, ideas.staffToken()).hidden());
        assertEquals("hidden", last(seenByAuthor.timeline()).moderation());
        assertEquals("samskap", last(seenByAuthor.timeline()).actorId());
        assertEquals(3, count("select count(*) from idea_report where idea_id = '" + id + "'"));
        assertEquals(List.of("idea-submitted", "idea-followed", "idea-published", "idea-hidden"), ideaMessageTypes(id));
        var hidden = EnvelopeCodec.payload(message(id, "idea-hidden"), ProposalsMessages.IDEA_HIDDEN);
        assertEquals("samskap", hidden.hiddenBy());
        assertFalse(hidden.reason().contains("Reklame"));
    }

    @Test
    void eachReportOfAnIdeaOrACommentReachesTheModeratorsWithItsReasonAndOpenCountButNotWhoReported() throws Exception {
        var id = ideas.publishedIdea();
        var comment = ideas.commentOn(id, resident("writer"), "Kjøp billige klokker her.");

        report(id, resident("reporter-a"), "  Reklame for en nettbutikk.  ");
        report(id, resident("reporter-a"), "Samme person igjen.");
        report(id, resident("reporter-b"), "Feil sted.");
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/comments/" + comment + "/reports",
            Map.of("reason", "Spam.")).bearerAuth(resident("reporter-c")));

        var received = envelopes(id, "message_type = 'report-received'");
        assertEquals(3, received.size(), "a repeated report is no news");
        var first = EnvelopeCodec.payload(received.get(0), ProposalsMessages.REPORT_RECEIVED);
        var second = EnvelopeCodec.payload(received.get(1), ProposalsMessages.REPORT_RECEIVED);
        var onComment = EnvelopeCodec.payload(received.get(2), ProposalsMessages.REPORT_RECEIVED);
        assertAll(
            () -> assertEquals("Reklame for en nettbutikk.", first.reason()),
            () -> assertEquals(1, first.openReports()),
            () -> assertNull(first.commentId()),
            () -> assertEquals(2, second.openReports()),
            () -> assertEquals(comment, onComment.commentId()),
            () -> assertEquals("Spam.", onComment.reason()),
            () -> assertEquals(1, onComment.openReports()));
        for (var envelope : received) {
            assertFalse(EnvelopeCodec.toJson(envelope).contains("moderation-reporter"), "never who reported");
        }
    }

    @Test
    void aHiddenIdeaTakesNoSupportsOrCommentsFromThePublic() {
        var id = ideas.hiddenIdea();

        assertEquals(404, proposals.refused(HttpRequest.PUT("/ideas/" + id + "/support", "").bearerAuth(resident("cato")))
            .get("status"));
        assertEquals(404, proposals.refused(HttpRequest.POST("/ideas/" + id + "/comments", Map.of("body", "Hei"))
            .bearerAuth(resident("cato"))).get("status"));
        assertEquals(404, proposals.refused(HttpRequest.POST("/ideas/" + id + "/reports", Map.of("reason", "Spam."))
            .bearerAuth(resident("cato"))).get("status"));
    }

    @Test
    void staffHideWithAReasonTheAuthorSeesAndRestoringTakesFreshReportsToHideItAgain() throws Exception {
        var id = ideas.publishedIdea();

        var hiddenByStaff = staff(id, "/hiding", Map.of("reason", "Personopplysningar i teksten."));

        assertTrue(hiddenByStaff.hidden());
        assertEquals("Personopplysningar i teksten.", idea(id, ideas.authorToken()).hiddenReason());
        assertEquals(409, proposals.refused(HttpRequest.POST("/ideas/" + id + "/hiding", Map.of("reason", "Igjen."))
            .bearerAuth(ideas.staffToken())).get("status"));

        var restored = staff(id, "/restoring", Map.of("reason", "Gjennomgått og i orden."));

        assertFalse(restored.hidden());
        assertNull(restored.hiddenReason());
        assertEquals("restored", last(restored.timeline()).moderation());
        assertEquals("Gjennomgått og i orden.", last(idea(id, ideas.authorToken()).timeline()).note());
        assertEquals("published", restored.status());
        assertFalse(idea(id, null).hidden());
        for (var reporter : List.of("dag", "eli")) {
            report(id, resident(reporter), "Spam.");
        }
        assertFalse(idea(id, null).hidden());
        assertEquals(409, proposals.refused(HttpRequest.POST("/ideas/" + id + "/restoring", Map.of("reason", "Gjennomgått og i orden."))
            .bearerAuth(ideas.staffToken())).get("status"));
        assertEquals(List.of("idea-submitted", "idea-followed", "idea-published", "idea-hidden", "idea-restored"), ideaMessageTypes(id));
        var restoredMessage = EnvelopeCodec.payload(message(id, "idea-restored"), ProposalsMessages.IDEA_RESTORED);
        assertEquals("fixture-staff", restoredMessage.restoredBy());
        assertEquals("Gjennomgått og i orden.", restoredMessage.reason());
    }

    @Test
    void aRestoringWithoutAReasonOrWithATooLongOneIsRefusedNamingTheReasonAndTheIdeaStaysHidden() throws Exception {
        var id = ideas.hiddenIdea();
        var messages = count("select count(*) from outbox_message");

        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/restoring", Map.of())
            .bearerAuth(ideas.staffToken()))));
        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/restoring",
            Map.of("reason", " ")).bearerAuth(ideas.staffToken()))));
        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/restoring",
            Map.of("reason", "x".repeat(2001))).bearerAuth(ideas.staffToken()))));

        assertEquals(messages, count("select count(*) from outbox_message"));
        assertTrue(idea(id, ideas.staffToken()).hidden());
    }

    @Test
    void restoringAnIdeaHiddenByReportsClosesThemSoItTakesThreeFreshReportersToHideItAgain() throws Exception {
        var id = ideas.publishedIdea();
        for (var reporter : List.of("gro", "hans", "ida")) {
            report(id, resident(reporter), "Reklame.");
        }
        assertTrue(idea(id, ideas.staffToken()).hidden());

        staff(id, "/restoring", Map.of("reason", "Rapportene var ubegrunnede."));
        for (var reporter : List.of("gro", "jon", "kari")) {
            report(id, resident(reporter), "Reklame, framleis.");
        }

        assertFalse(idea(id, null).hidden());
        report(id, resident("lise"), "Reklame.");
        assertTrue(idea(id, ideas.staffToken()).hidden());
        assertEquals(List.of("idea-submitted", "idea-followed", "idea-published", "idea-hidden", "idea-restored",
            "idea-hidden"), ideaMessageTypes(id));
    }

    @Test
    void aMunicipalityMayHideAnIdeaAtItsFirstReport() throws Exception {
        client.toBlocking().exchange(HttpRequest.PUT("/municipalities/" + IdeaFixtures.MUNICIPALITY + "/settings",
            Map.of("moderation", "post", "reportThreshold", 1)).bearerAuth(ideas.adminToken()));
        try {
            var id = ideas.publishedIdea();

            report(id, resident("mona"), "Usakleg.");

            assertEquals(404, proposals.refused(HttpRequest.GET("/ideas/" + id)).get("status"));
            assertTrue(idea(id, ideas.authorToken()).hidden());
        } finally {
            ideas.useModeration("post");
        }
    }

    @Test
    void badReportsAndHidingsGiveAProblemNamingTheFieldAndStoreNothing() throws Exception {
        var id = ideas.publishedIdea();
        var messages = count("select count(*) from outbox_message");

        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/reports",
            Map.of("reason", "x".repeat(501))).bearerAuth(resident("frode")))));
        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/reports",
            Map.of("reason", " ")).bearerAuth(resident("frode")))));
        assertEquals("reason", firstField(proposals.refused(HttpRequest.POST("/ideas/" + id + "/hiding",
            Map.of("reason", "")).bearerAuth(ideas.staffToken()))));
        assertEquals("https://samskap.no/problems/moderation-refused", proposals.refused(HttpRequest.POST("/ideas/" + id
            + "/reports", Map.of("reason", "Eiga idé.")).bearerAuth(ideas.authorToken())).get("type"));

        assertEquals(messages, count("select count(*) from outbox_message"));
        assertEquals(0, count("select count(*) from idea_report where idea_id = '" + id + "'"));
        assertFalse(idea(id, null).hidden());
    }

    @Test
    void anAppealOfAHidingGoesToAnotherModeratorAndUpheldRestoresTheIdea() throws Exception {
        var id = ideas.hiddenIdea();

        var appealed = client.toBlocking().retrieve(appeal(id, "Moderatoren tok feil; dette er ikkje reklame."),
            IdeaView.class);

        assertEquals("appealed", last(appealed.timeline()).moderation());
        assertEquals("", last(appealed.timeline()).note());
        var sameModerator = proposals.refused(decision(id, ideas.staffToken(), true, "Eg tok feil."));
        assertEquals(403, sameModerator.get("status"));
        assertEquals("https://samskap.no/problems/same-moderator", sameModerator.get("type"));
        assertEquals(409, proposals.refused(appeal(id, "Ein gong til.")).get("status"));

        var decided = client.toBlocking().retrieve(decision(id, otherModerator(), true, "Ingen regelbrot."),
            IdeaView.class);

        assertFalse(decided.hidden());
        assertEquals("appeal-upheld", decided.timeline().get(decided.timeline().size() - 2).moderation());
        assertEquals("restored", last(decided.timeline()).moderation());
        assertEquals("Ingen regelbrot.", last(decided.timeline()).note(), "an upheld appeal restores with its reason");
        assertFalse(idea(id, null).hidden());
        assertEquals(409, proposals.refused(decision(id, otherModerator(), false, "Likevel.")).get("status"));
        assertEquals(List.of("idea-submitted", "idea-followed", "idea-published", "idea-hidden", "idea-appealed", "idea-appeal-decided",
            "idea-restored"), ideaMessageTypes(id));
        var verdict = EnvelopeCodec.payload(message(id, "idea-appeal-decided"), ProposalsMessages.IDEA_APPEAL_DECIDED);
        assertTrue(verdict.upheld());
        assertEquals("moderation-other-moderator", verdict.decidedBy());
        assertEquals("hidden", EnvelopeCodec.payload(message(id, "idea-appealed"), ProposalsMessages.IDEA_APPEALED)
            .against());
        assertEquals(0, count("select count(*) from outbox_message where envelope::text like '%ikkje reklame%'"));
    }

    @Test
    void aRejectionUpheldOnAppealIsPublishedAndADismissedOneStaysWithNoFurtherAppeal() {
        ideas.useModeration("pre");
        try {
            var upheld = rejectedIdea();
            client.toBlocking().exchange(appeal(upheld, "Dette er ein ekte idé."));
            var published = client.toBlocking().retrieve(decision(upheld, otherModerator(), true, "Godkjend."),
                IdeaView.class);
            assertEquals("published", published.status());
            assertEquals("published", idea(upheld, null).status());

            var dismissed = rejectedIdea();
            client.toBlocking().exchange(appeal(dismissed, "Dette er ein ekte idé."));
            var stays = client.toBlocking().retrieve(decision(dismissed, otherModerator(), false, "Avvisinga står."),
                IdeaView.class);
            assertEquals("rejected", stays.status());
            assertEquals("appeal-dismissed", last(stays.timeline()).moderation());
            assertEquals("Avvisinga står.", last(stays.timeline()).note());
            assertEquals(409, proposals.refused(appeal(dismissed, "Ein gong til.")).get("status"));
            assertEquals(404, proposals.refused(HttpRequest.GET("/ideas/" + dismissed)).get("status"));
        } finally {
            ideas.useModeration("post");
        }
    }

    @Test
    void badAppealsGiveAProblemAndStoreNothing() throws Exception {
        var id = ideas.hiddenIdea();
        var messages = count("select count(*) from outbox_message");

        assertEquals("text", firstField(proposals.refused(appeal(id, "x".repeat(2001)))));
        assertEquals(400, proposals.refused(appeal(id, " ")).get("status"));
        assertEquals(403, proposals.refused(HttpRequest.POST("/ideas/" + id + "/appeal", Map.of("text", "Eg klagar."))
            .bearerAuth(otherModerator())).get("status"));
        assertEquals(409, proposals.refused(appeal(ideas.publishedIdea(), "Kvifor?")).get("status"));
        assertEquals(404, proposals.refused(decision(id, otherModerator(), true, "Ingen klage.")).get("status"));
        assertEquals(400, proposals.refused(HttpRequest.POST("/ideas/" + id + "/appeal/decision", Map.of("reason", "Manglar."))
            .bearerAuth(otherModerator())).get("status"));

        // Only the published idea the refusals were tried on: submitted, its author's follow, published, their notification.
        assertEquals(messages + 4, count("select count(*) from outbox_message"));
        assertEquals(0, count("select count(*) from idea_appeal where idea_id = '" + id + "'"));
    }

    private String rejectedIdea() {
        var id = ideas.submittedIdea();
        client.toBlocking().exchange(HttpRequest.POST("/ideas/" + id + "/rejection", Map.of("reason", "Reklame."))
            .bearerAuth(ideas.staffToken()));
        return id;
    }

    private HttpRequest<?> appeal(String ideaId, String text) {
        return HttpRequest.POST("/ideas/" + ideaId + "/appeal", Map.of("text", text)).bearerAuth(ideas.authorToken());
    }

    private static HttpRequest<?> decision(String ideaId, String token, boolean upheld, String reason) {
        return HttpRequest.POST("/ideas/" + ideaId + "/appeal/decision", Map.of("upheld", upheld, "reason", reason))
            .bearerAuth(token);
    }

    private String otherModerator() {
        return tokens.staff("moderation-other-moderator", IdeaFixtures.MUNICIPALITY);
    }

    private String resident(String name) {
        return tokens.resident("moderation-" + name, IdeaFixtures.MUNICIPALITY);
    }

    private void report(String ideaId, String token, String reason) {
        var response = client.toBlocking().exchange(HttpRequest.POST("/ideas/" + ideaId + "/reports",
            Map.of("reason", reason)).bearerAuth(token));
        assertEquals(HttpStatus.NO_CONTENT, response.status());
    }

    private IdeaView staff(String ideaId, String action, Map<String, String> body) {
        return client.toBlocking().retrieve(HttpRequest.POST("/ideas/" + ideaId + action, body)
            .bearerAuth(ideas.staffToken()), IdeaView.class);
    }

    private IdeaView idea(String id, String token) {
        var request = HttpRequest.GET("/ideas/" + id);
        return client.toBlocking().retrieve(token == null ? request : request.bearerAuth(token), IdeaView.class);
    }

    private static IdeaView.Step last(List<IdeaView.Step> timeline) {
        return timeline.get(timeline.size() - 1);
    }

    private long count(String query) throws Exception {
        try (var connection = proposals.connect();
             var rows = connection.createStatement().executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> ideaMessageTypes(String ideaId) throws Exception {
        return envelopes(ideaId, "message_type like 'idea-%'").stream().map(Envelope::type).toList();
    }

    private Envelope message(String ideaId, String type) throws Exception {
        return envelopes(ideaId, "message_type = '" + type + "'").get(0);
    }

    private List<Envelope> envelopes(String ideaId, String condition) throws Exception {
        try (var connection = proposals.connect();
             var statement = connection.prepareStatement("select envelope from outbox_message where message_key = ? and "
                 + condition + " order by seq")) {
            statement.setString(1, ideaId);
            var envelopes = new ArrayList<Envelope>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    envelopes.add(EnvelopeCodec.fromJson(rows.getString(1)));
                }
            }
            return envelopes;
        }
    }
}
