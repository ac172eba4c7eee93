package no.samskap.gateway.ideas.me;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.platform.consumption.ReadModelReplay;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person's own ideas, supports and follows, and their notifications on their page, fed from real messages on Kafka
 * and shown to them alone.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyReadModelIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestInfrastructure infrastructure;
    private GatewayUnderTest gateway;
    private MyStoriesOnKafka stories;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        gateway = GatewayUnderTest.start(infrastructure);
        stories = new MyStoriesOnKafka(infrastructure);
    }

    @AfterAll
    void stop() {
        stories.close();
        gateway.close();
    }

    @Test
    void anAuthorSeesTheirOwnIdeasWithTheModeratorsReasonAndWhetherTheyMayStillAppeal() {
        var author = person();
        var stranger = person();
        var published = stories.publishedBy(author, "Konsert i parken");
        var rejected = stories.submittedBy(author, "Elevkveld med navn");
        stories.rejected(rejected, "Inneholder navn på en elev.");
        var appealed = stories.publishedBy(author, "Kino for alle");
        stories.hidden(appealed, "Meldt som reklame.");
        stories.appealed(appealed, author, "hidden");
        stories.publishedBy(stranger, "Noe helt annet");

        // Each idea has its own partition: wait for the last step of each, then look at all of them.
        eventually(() -> {
            var shown = byId(json(author, "/api/me/ideas"));
            assertEquals(3, shown.size());
            assertEquals("published", shown.get(published).get("status").asText());
            assertEquals("rejected", shown.get(rejected).get("status").asText());
            assertEquals("pending", shown.get(appealed).get("appeal").asText());
        });
        var ideas = byId(json(author, "/api/me/ideas"));
        assertAll(
            () -> assertEquals("published", ideas.get(published).get("status").asText()),
            () -> assertTrue(ideas.get(published).get("isPublic").asBoolean()),
            () -> assertTrue(ideas.get(published).get("reason").isNull()),
            () -> assertEquals("rejected", ideas.get(rejected).get("status").asText()),
            () -> assertFalse(ideas.get(rejected).get("isPublic").asBoolean()),
            () -> assertEquals("Inneholder navn på en elev.", ideas.get(rejected).get("reason").asText()),
            () -> assertEquals("none", ideas.get(rejected).get("appeal").asText()),
            () -> assertTrue(ideas.get(appealed).get("hidden").asBoolean()),
            () -> assertFalse(ideas.get(appealed).get("isPublic").asBoolean()),
            () -> assertEquals("Meldt som reklame.", ideas.get(appealed).get("reason").asText()),
            () -> assertEquals("pending", ideas.get(appealed).get("appeal").asText()));
        eventually(() -> assertEquals(1, json(stranger, "/api/me/ideas").size()));
        assertTrue(ideas.get(published).get("restoredReason").isNull());
        assertEquals("Noe helt annet", json(stranger, "/api/me/ideas").get(0).get("title").asText());
    }

    @Test
    void anAuthorSeesWhyAModeratorShowedTheirHiddenIdeaAgain() {
        var author = person();
        var idea = stories.publishedBy(author, "Graffitivegg");
        stories.hidden(idea, "Meldt som tagging.");
        stories.restored(idea, "Lovleg vegg, ingen tagging.");

        eventually(() -> assertEquals("Lovleg vegg, ingen tagging.",
            json(author, "/api/me/ideas").get(0).get("restoredReason").asText()));
        var shown = json(author, "/api/me/ideas").get(0);
        assertFalse(shown.get("hidden").asBoolean());
        assertTrue(shown.get("reason").isNull(), "the hiding's reason is no longer the author's concern");
        var page = as(author, "/meg").body();
        assertTrue(page.contains("<p class=\"restored-reason\">Vist igjen: Lovleg vegg, ingen tagging.</p>"), page);
    }

    @Test
    void anAuthorReadsWhyTheirCommentWasHiddenAndWhyItWasShownAgainEscapedAndNobodyElseDoes() {
        var author = person();
        var stranger = person();
        var idea = stories.publishedBy(person(), "Bibliotek på søndager");
        var restored = stories.commented(idea, author, "Endelig!\nJeg kommer.");
        var stillHidden = stories.commented(idea, author, "Kjøp billige klokker her");
        stories.commented(idea, author, "Flott idé.");
        stories.commentHidden(idea, restored, "<script>alert('skjult')</script> Sámi: Čoahkkin, Đ, Ŋ, Š, Ŧ, Ž");
        stories.commentRestored(idea, restored, "Gjennomgått av <b>Áilu</b>: ingen regelbrudd.");
        stories.commentHidden(idea, stillHidden, "Reklame <img src=x onerror=alert(1)>");

        eventually(() -> {
            var shown = byId(json(author, "/api/me/comments"));
            assertEquals(2, shown.size());
            assertEquals("Gjennomgått av <b>Áilu</b>: ingen regelbrudd.", shown.get(restored).get("restoredReason").asText());
        });
        var comments = byId(json(author, "/api/me/comments"));
        assertAll(
            () -> assertFalse(comments.get(restored).get("hidden").asBoolean()),
            () -> assertEquals("<script>alert('skjult')</script> Sámi: Čoahkkin, Đ, Ŋ, Š, Ŧ, Ž",
                comments.get(restored).get("hiddenReason").asText()),
            () -> assertEquals("Endelig!\nJeg kommer.", comments.get(restored).get("body").asText()),
            () -> assertEquals(idea, comments.get(restored).get("ideaId").asText()),
            () -> assertEquals("Bibliotek på søndager", comments.get(restored).get("ideaTitle").asText()),
            () -> assertTrue(comments.get(stillHidden).get("hidden").asBoolean()),
            () -> assertEquals("Reklame <img src=x onerror=alert(1)>", comments.get(stillHidden).get("hiddenReason").asText()),
            () -> assertTrue(comments.get(stillHidden).get("restoredReason").isNull()),
            () -> assertTrue(comments.get(stillHidden).get("restoredAt").isNull()));
        var page = as(author, "/meg").body();
        assertAll(
            () -> assertTrue(page.contains("<h2 id=\"my-comments-heading\">Kommentarene mine som er blitt skjult</h2>"), page),
            () -> assertTrue(page.contains("<li class=\"my-comment\" data-comment-id=\"" + restored + "\""), page),
            () -> assertTrue(page.contains("<p class=\"reason\">Skjult 2. november 2026. Begrunnelse: &lt;script&gt;"
                + "alert(&#39;skjult&#39;)&lt;/script&gt; Sámi: Čoahkkin, Đ, Ŋ, Š, Ŧ, Ž</p>"), page),
            () -> assertTrue(page.contains("<p class=\"restored-reason\">Vist igjen 3. november 2026. Begrunnelse: "
                + "Gjennomgått av &lt;b&gt;Áilu&lt;/b&gt;: ingen regelbrudd.</p>"), page),
            () -> assertTrue(page.contains("Begrunnelse: Reklame &lt;img src=x onerror=alert(1)&gt;</p>"), page),
            () -> assertTrue(page.contains("<a href=\"/ideer/" + idea + "#comment-" + stillHidden + "\">"
                + "Bibliotek på søndager</a> <span class=\"hidden-marker\">(skjult for andre)</span>"), page),
            () -> assertTrue(page.contains("<blockquote class=\"comment-body\"><p>Endelig!<br>"), page),
            () -> assertFalse(page.contains("Flott idé."), page),
            () -> assertFalse(page.contains("<script>alert"), page),
            () -> assertFalse(page.contains("<img src=x"), page),
            () -> assertFalse(page.contains("<b>Áilu"), page));
        assertEquals(0, json(stranger, "/api/me/comments").size());
        assertFalse(as(stranger, "/meg").body().contains("my-comments"));
        var nynorsk = as(author, "/meg?lang=nn").body();
        assertTrue(nynorsk.contains("Vist att 3. november 2026. Grunngiving: Gjennomgått av &lt;b&gt;Áilu&lt;/b&gt;"),
            nynorsk);
    }

    @Test
    void staffReadWhyACommentIsHiddenInTheirInboxEscaped() {
        var idea = stories.publishedBy(person(), "Kino på lørdager");
        var comment = stories.commented(idea, person(), "Se min nettbutikk");
        stories.commentHidden(idea, comment, "Reklame <script>alert(1)</script> – Ánde Čuđe");
        var staff = new Person("rana-staff-" + UUID.randomUUID(), "Kari Nilsen", "1833", List.of("staff"));

        eventually(() -> assertTrue(as(staff, "/stab/innboks").body().contains("data-comment-id=\"" + comment + "\"")));
        var inbox = as(staff, "/stab/innboks").body();
        assertTrue(inbox.contains("Begrunnelse: Reklame &lt;script&gt;alert(1)&lt;/script&gt; – Ánde Čuđe"), inbox);
        assertFalse(inbox.contains("<script>alert(1)"), inbox);
    }

    @Test
    void supportsAndFollowsComeAndGoWithTheirMessages() {
        var author = person();
        var resident = person();
        var kept = stories.publishedBy(author, "Bibliotek om kvelden");
        var withdrawn = stories.publishedBy(author, "Dans i gata");
        stories.supported(kept, resident, 1);
        stories.supported(withdrawn, resident, 1);
        stories.supportWithdrawn(withdrawn, resident, 0);
        stories.unfollowed(withdrawn, resident);
        var followedOnly = stories.publishedBy(author, "Korps i skolen");
        stories.followed(followedOnly, resident);
        // Withdrawn's last steps leave no trace to wait for, and the resident's lists already look right before its
        // first one: a later follow on its partition shows when all of them have been applied.
        var sentinel = person();
        stories.followed(withdrawn, sentinel);

        eventually(() -> {
            assertEquals(sorted(followedOnly, kept), sorted(ids(json(resident, "/api/me/follows"))));
            assertEquals(List.of(withdrawn), ids(json(sentinel, "/api/me/follows")));
        });
        assertEquals(List.of(kept), ids(json(resident, "/api/me/supports")));
        assertEquals("Bibliotek om kvelden", json(resident, "/api/me/supports").get(0).get("title").asText());
        assertEquals(List.of(), ids(json(author, "/api/me/supports")));
        assertEquals(3, json(author, "/api/me/follows").size());
    }

    @Test
    void everyRouteOfThePersonsOwnIsRefusedToAnonymousCallersAndNeverStored() {
        for (var path : List.of("/api/me/ideas", "/api/me/comments", "/api/me/supports", "/api/me/follows",
                "/api/me/notifications", "/api/me/notifications/stream")) {
            var response = gateway.get(path);
            assertAll(path,
                () -> assertEquals(401, response.statusCode()),
                () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(null)));
        }
        var signedIn = as(person(), "/api/me/ideas");
        assertEquals(200, signedIn.statusCode());
        assertEquals("no-store", signedIn.headers().firstValue("Cache-Control").orElse(null));
        var page = gateway.get("/meg", Map.of("Accept", "text/html"));
        assertTrue(page.statusCode() / 100 == 3, Integer.toString(page.statusCode()));
        assertTrue(page.headers().firstValue("Location").isPresent());
        assertFalse(page.body().contains("id=\"my-ideas\""), page.body());
    }

    @Test
    void myPageListsTheirIdeasSupportsFollowsAndNotificationsWithEveryTitleEscaped() {
        var author = person();
        var title = "<script>alert('x')</script> & Co";
        var rejected = stories.submittedBy(author, title);
        stories.rejected(rejected, "Navn på <b>elev</b>.");
        var supported = stories.publishedBy(person(), "Teater for barn");
        stories.supported(supported, author, 1);
        var notification = stories.notified(author, supported, "Teater for barn", "published", "");

        eventually(() -> {
            var page = as(author, "/meg").body();
            assertTrue(page.contains("data-notification-id=\"" + notification + "\""), page);
            assertTrue(page.contains("/anke\""), page);
            assertTrue(page.contains("class=\"followed-idea\" data-idea-id=\"" + supported + "\""), page);
            assertTrue(page.contains("class=\"supported-idea\" data-idea-id=\"" + supported + "\""), page);
        });
        var html = as(author, "/meg").body();
        assertAll(
            () -> assertTrue(html.contains("id=\"my-ideas\""), html),
            () -> assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                || html.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co"), html),
            () -> assertFalse(html.contains("<script>alert"), html),
            () -> assertTrue(html.contains("Navn på &lt;b&gt;elev&lt;/b&gt;."), html),
            () -> assertTrue(html.contains("action=\"/meg/ideer/" + rejected + "/anke\""), html),
            () -> assertTrue(html.contains("<label for=\"appeal-reason-" + rejected + "\">"), html),
            () -> assertTrue(html.contains("<span class=\"status\">Avvist</span>"), html),
            () -> assertTrue(html.contains("class=\"supported-idea\" data-idea-id=\"" + supported + "\"><a href=\"/ideer/"
                + supported + "\">Teater for barn</a>"), html),
            () -> assertTrue(html.contains("class=\"followed-idea\" data-idea-id=\"" + supported + "\""), html),
            () -> assertTrue(html.contains("<li class=\"notification unread\" data-subject-id=\"" + supported + "\""), html),
            () -> assertTrue(html.contains("<strong class=\"unread-marker\">Ulest:</strong>"), html),
            () -> assertTrue(html.contains("id=\"mark-all-read\""), html),
            () -> assertTrue(html.contains(Assets.bundled().scriptTag("my-page.js")), html),
            () -> assertTrue(html.contains("id=\"sign-out\""), html),
            () -> assertFalse(html.contains("/stab/innboks"), html));
        var staff = new Person("rana-staff-" + UUID.randomUUID(), "Kari Nilsen", "1833", List.of("staff"));
        var staffPage = as(staff, "/meg").body();
        assertTrue(staffPage.contains("<a href=\"/stab/innboks\" id=\"staff-inbox\">"), staffPage);
        assertTrue(staffPage.contains("<a href=\"/stab/dashbord\" id=\"staff-dashboard\">"), staffPage);
        assertEquals(200, gateway.get("/assets/my-page.js").statusCode());
    }

    @Test
    void replayingTheTopicsRebuildsExactlyThePersonalReadModels() throws Exception {
        var author = person();
        var idea = stories.publishedBy(author, "Replay-idé");
        stories.hidden(idea, "Skjult.");
        stories.notified(author, idea, "Replay-idé", "hidden", "");
        var comment = stories.commented(idea, author, "Replay-kommentar");
        stories.commentHidden(idea, comment, "Skjult kommentar.");
        stories.commentRestored(idea, comment, "Vist igjen.");
        waitUntilEverythingSentIsProcessed();
        var before = snapshot();
        execute("update my_idea set title = 'ødelagt', appeal = 'decided'");
        execute("delete from notification_entry");
        execute("delete from my_follow");
        execute("update my_comment set hidden_reason = 'ødelagt', restored_reason = null");

        gateway.bean(ReadModelReplay.class).replay();

        waitUntilEverythingSentIsProcessed();
        assertEquals(before, snapshot());
    }

    private void waitUntilEverythingSentIsProcessed() {
        eventually(Duration.ofSeconds(60),
            () -> assertEquals(stories.sent(), Integer.parseInt(query("select count(*) from processed_message").get(0))));
    }

    private List<String> snapshot() {
        var rows = new ArrayList<String>();
        rows.addAll(query("select idea_id || author_id || title || status || published || hidden || coalesce(reason, '-')"
            + " || appeal || updated_at from my_idea order by idea_id"));
        rows.addAll(query("select comment_id || author_id || body || coalesce(hidden_reason, '-')"
            + " || coalesce(restored_reason, '-') || coalesce(restored_at::text, '-') from my_comment order by 1"));
        rows.addAll(query("select person_id || idea_id || given_at from my_support order by 1"));
        rows.addAll(query("select person_id || idea_id || followed_at from my_follow order by 1"));
        rows.addAll(query("select person_id || notification_id || service || subject_id || subject_title || kind || note"
            + " || notified_at from notification_entry order by 1"));
        return rows;
    }

    private List<String> query(String sql) {
        try (var connection = infrastructure.connect(schemaOfGateway());
             var rows = connection.createStatement().executeQuery(sql)) {
            var found = new ArrayList<String>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws Exception {
        try (var connection = infrastructure.connect(schemaOfGateway())) {
            connection.createStatement().execute(sql);
        }
    }

    private String schemaOfGateway() {
        return gateway.bean(io.micronaut.context.env.Environment.class)
            .getProperty("samskap.database.schema", String.class).orElseThrow();
    }

    private static Person person() {
        return new Person("person-" + UUID.randomUUID(), "Ola Nordmann", "1833", List.of("resident"));
    }

    private HttpResponse<String> as(Person person, String path) {
        var provider = gateway.identityProvider();
        return gateway.get(path, Map.of("Cookie", "samskap_id=" + provider.idToken(person, Duration.ofMinutes(5))
            + "; samskap_access=" + provider.accessToken(person, Duration.ofMinutes(5))));
    }

    private JsonNode json(Person person, String path) {
        var response = as(person, path);
        assertEquals(200, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static Map<String, JsonNode> byId(JsonNode ideas) {
        var found = new java.util.HashMap<String, JsonNode>();
        ideas.forEach(idea -> found.put(idea.get("id").asText(), idea));
        return found;
    }

    private static List<String> sorted(String... ids) {
        return sorted(List.of(ids));
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<String> ids(JsonNode ideas) {
        var found = new ArrayList<String>();
        ideas.forEach(idea -> found.add(idea.get("id").asText()));
        return found;
    }
}
