package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.ideas.pages.FormPosts;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static no.samskap.gateway.ideas.staff.StaffViewers.ids;
import static no.samskap.gateway.ideas.staff.StaffViewers.staff;
import static no.samskap.gateway.ideas.staff.StaffViewers.subjectOf;
import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The appeal against the hiding of a comment: its author reads why at the comment on the idea page and appeals there;
 * staff see it in its own inbox section, where another moderator than the one who hid it decides it.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentAppealPagesIT {

    private static final String MUNICIPALITY = "5230";
    private static final Person AUTHOR = StaffViewers.resident(MUNICIPALITY);
    private static final Person HIDER = staff("kari-5230", MUNICIPALITY);
    private static final Person OTHER = staff("ola-5230", MUNICIPALITY);

    private StaffInboxRig rig;
    private StandInProposals proposals;
    private StaffStoriesOnKafka stories;
    private StaffViewers viewers;
    private FormPosts forms;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        rig = new StaffInboxRig(infrastructure, Map.of("samskap-gateway.read-your-writes.timeout", "2s"));
        proposals = rig.proposals;
        stories = rig.stories;
        viewers = rig.viewers;
        forms = new FormPosts(rig.gateway);
    }

    @AfterAll
    void stop() {
        rig.close();
    }

    @Test
    void theAuthorAppealsFromTheIdeaPageAnotherModeratorUpholdsItFromTheInboxAndTheCommentIsShownAgain() {
        var idea = stories.published(MUNICIPALITY, "Kinokveld");
        var comment = stories.commentAdded(MUNICIPALITY, idea, "Kjedelig forslag.");
        stories.commentHidden(MUNICIPALITY, idea, comment, subjectOf(HIDER), "Personangrep.");
        eventually(() -> assertEquals(200, rig.gateway.get("/ideer/" + idea).statusCode()));
        commentsAre(idea, comment, true, "null");
        var appealRoute = "/ideas/" + idea + "/comments/" + comment + "/appeal";
        proposals.answer("POST", appealRoute, Answer.json(200, "{\"id\":\"" + comment + "\",\"appeal\":\"pending\"}")
            .thenRun(() -> stories.commentAppealed(MUNICIPALITY, idea, comment)));

        var page = forms.get(AUTHOR, "/ideer/" + idea).body();
        assertAll(
            () -> assertTrue(page.contains("class=\"hidden-reason\" dir=\"auto\">Moderatorens begrunnelse: Personangrep."),
                page),
            () -> assertTrue(page.contains("action=\"/ideer/" + idea + "/kommentarer/" + comment + "/anke\""), page));
        var appealed = forms.post(AUTHOR, "/ideer/" + idea + "/kommentarer/" + comment + "/anke",
            FormPosts.form(Map.of("text", "Det var ikkje eit personangrep.")));

        assertEquals(303, appealed.statusCode(), appealed.body());
        assertEquals("/ideer/" + idea + "?done=comment-appealed", appealed.headers().firstValue("Location").orElse(""));
        assertEquals("{\"text\":\"Det var ikkje eit personangrep.\"}", proposals.lastCallTo(appealRoute).body());
        eventually(() -> assertEquals(List.of(comment), ids(viewers.inboxOf(OTHER).commentAppeals())));
        assertEquals(List.of(), viewers.inboxOf(OTHER).hiddenComments(), "an appealed comment waits as an appeal");

        var ownHiding = viewers.get(HIDER, "/stab/innboks").body();
        var inbox = viewers.get(OTHER, "/stab/innboks").body();
        assertAll(
            () -> assertTrue(inbox.contains("id=\"comment-appeals-heading\">Klager på skjulte kommentarer"
                + " <span class=\"count\" data-count=\"1\">"), inbox),
            () -> assertTrue(inbox.contains("id=\"decide-comment-appeal-button-" + comment + "\""), inbox),
            () -> assertTrue(ownHiding.contains("data-comment-id=\"" + comment + "\""), ownHiding),
            () -> assertFalse(ownHiding.contains("id=\"decide-comment-appeal-button-" + comment + "\""),
                "the moderator who hid it may not decide"));

        var decisionRoute = appealRoute + "/decision";
        proposals.answer("POST", decisionRoute, Answer.json(200, "{\"id\":\"" + comment + "\"}").thenRun(() -> {
            stories.commentAppealDecided(MUNICIPALITY, idea, comment, true, subjectOf(OTHER));
            stories.commentRestored(MUNICIPALITY, idea, comment, subjectOf(OTHER));
        }));
        var decided = forms.post(OTHER, "/stab/innboks/ideer/" + idea + "/kommentarer/" + comment + "/klagevedtak",
            FormPosts.form(Map.of("upheld", "true", "reason", "Ingen regelbrot.")));

        assertEquals(303, decided.statusCode(), decided.body());
        assertEquals("/stab/innboks?utfort=decide-comment-appeal", decided.headers().firstValue("Location").orElse(""));
        assertEquals("{\"upheld\":true,\"reason\":\"Ingen regelbrot.\"}", proposals.lastCallTo(decisionRoute).body());
        assertEquals(List.of(), viewers.inboxOf(OTHER).commentAppeals(), "the page waited for the inbox to show it");
        eventually(() -> assertEquals(List.of(), viewers.inboxOf(OTHER).hiddenComments()));

        commentsAre(idea, comment, false, "\"upheld\"");
        var shownAgain = forms.get(AUTHOR, "/ideer/" + idea).body();
        assertAll(
            () -> assertTrue(shownAgain.contains("<p class=\"comment-body\" dir=\"auto\">Kjedelig forslag.</p>"), shownAgain),
            () -> assertTrue(shownAgain.contains("class=\"appeal-state\">Klagen din ble tatt til følge."), shownAgain),
            () -> assertFalse(shownAgain.contains("/kommentarer/" + comment + "/anke"), "an appeal is made once"));
    }

    @Test
    void aDismissedAppealLeavesTheCommentOutOfTheHiddenCommentsToReview() {
        var idea = stories.published(MUNICIPALITY, "Skatepark");
        var comment = stories.commentAdded(MUNICIPALITY, idea, "Tull.");
        stories.commentHidden(MUNICIPALITY, idea, comment, subjectOf(HIDER), "Useriøst.");
        stories.commentAppealed(MUNICIPALITY, idea, comment);
        eventually(() -> assertEquals(List.of(comment), ids(viewers.inboxOf(OTHER).commentAppeals())));

        stories.commentAppealDecided(MUNICIPALITY, idea, comment, false, subjectOf(OTHER));

        eventually(() -> assertEquals(List.of(), viewers.inboxOf(OTHER).commentAppeals()));
        assertFalse(ids(viewers.inboxOf(OTHER).hiddenComments()).contains(comment), "the hiding stood on appeal");
    }

    @Test
    void aRefusedAppealIsShownAtItsOpenFormWithTheWordsKept() {
        var idea = stories.published(MUNICIPALITY, "Bybuss");
        var comment = stories.commentAdded(MUNICIPALITY, idea, "Kjedelig forslag.");
        eventually(() -> assertEquals(200, rig.gateway.get("/ideer/" + idea).statusCode()));
        commentsAre(idea, comment, true, "null");
        proposals.answer("POST", "/ideas/" + idea + "/comments/" + comment + "/appeal", Answer.problem(400, """
            {"type":"https://samskap.no/problems/invalid-request","title":"Bad Request","status":400,
             "errors":[{"field":"text","message":"must be between 1 and 2000 characters, was 2001"}]}"""));

        var refused = forms.post(AUTHOR, "/ideer/" + idea + "/kommentarer/" + comment + "/anke",
            FormPosts.form(Map.of("text", "For lang <klage>")));

        var page = refused.body();
        assertAll(
            () -> assertEquals(400, refused.statusCode()),
            () -> assertTrue(page.contains("Skriv hvorfor du klager; klagen kan ha høyst 2000 tegn."), page),
            () -> assertTrue(page.contains("For lang &lt;klage&gt;</textarea>"), page),
            () -> assertTrue(page.contains("id=\"appeal-" + comment + "\""), page));
    }

    /** What proposals answers for the idea's discussion as the author sees it. */
    private void commentsAre(String idea, String comment, boolean hidden, String appeal) {
        proposals.answer("GET", "/ideas/" + idea + "/comments", Answer.json(200, """
            {"threads":[{"comment":{"id":"%s","parentId":null,"authorId":"%s","official":false,
              "body":"Kjedelig forslag.","writtenAt":"2026-11-03T10:00:00Z","editedAt":null,"hidden":%s,
              "hiddenReason":%s,"editableByYou":false,"appeal":%s},"answers":[]}]}"""
            .formatted(comment, subjectOf(AUTHOR), hidden, hidden ? "\"Personangrep.\"" : "null", appeal)));
    }
}
