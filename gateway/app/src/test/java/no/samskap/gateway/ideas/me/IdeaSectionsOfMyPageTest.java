package no.samskap.gateway.ideas.me;

import io.micronaut.http.simple.SimpleHttpParameters;
import no.samskap.gateway.shell.me.MyPageNotice;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.me.Profile;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdeaSectionsOfMyPageTest {

    private static final String REJECTED = "11111111-1111-1111-1111-111111111111";

    @Test
    void showsTheAuthorTheModeratorsReasonForShowingTheirIdeaAgainButNotWhileItIsHiddenAgain() {
        var restored = new MyPageRows.MyIdea("44444444-4444-4444-4444-444444444444", "Kino", "published", true, false,
            null, "none", Instant.EPOCH, "Ingen <regelbrot>.");
        var hiddenAgain = new MyPageRows.MyIdea("55555555-5555-5555-5555-555555555555", "Dans", "published", false, true,
            "Reklame", "none", Instant.EPOCH, "Gammal grunn.");

        var html = new MyIdeasSection(rows(List.of(restored, hiddenAgain)))
            .content(viewer(Language.NYNORSK, MyPageNotice.NONE)).orElseThrow();

        assertTrue(html.contains("<p class=\"restored-reason\">Vist att: Ingen &lt;regelbrot&gt;.</p>"), html);
        assertFalse(html.contains("Gammal grunn."), html);
    }

    @Test
    void offersAnAppealOnlyWhereOneIsPossibleAndGivesARefusedAppealsWordsBack() {
        var rejected = new MyPageRows.MyIdea(REJECTED, "Avvist <idé>", "rejected", false, false, "Navn på elev", "none",
            Instant.EPOCH, null);
        var appealed = new MyPageRows.MyIdea("22222222-2222-2222-2222-222222222222", "Skjult idé", "published", false,
            true, "Reklame", "pending", Instant.EPOCH, null);
        var refused = MyPageNotice.refused(MyIdeasSection.appealFieldId(REJECTED), "me.appeal.error.text", "Fordi <b>");

        var html = new MyIdeasSection(rows(List.of(rejected, appealed)))
            .content(viewer(Language.BOKMAL, refused)).orElseThrow();

        assertTrue(html.contains("Avvist &lt;idé&gt;"), html);
        assertTrue(html.contains("action=\"/meg/ideer/" + REJECTED + "/anke\""), html);
        assertFalse(html.contains("/meg/ideer/22222222-2222-2222-2222-222222222222/anke"), html);
        assertTrue(html.contains("aria-invalid=\"true\">Fordi &lt;b&gt;</textarea>"), html);
        assertTrue(html.contains("<p id=\"appeal-reason-" + REJECTED + "-error\" class=\"field-error\">"), html);
    }

    @Test
    void theIdeasSectionConfirmsOnlyItsOwnFormComingBack() {
        var rows = rows(List.of());
        var appealSent = new SimpleHttpParameters(Map.of("anket", List.of("1")), null);
        var allRead = new SimpleHttpParameters(Map.of("varsler", List.of("lest")), null);

        assertEquals("me.appeal.sent", new MyIdeasSection(rows).confirmation(appealSent).orElseThrow());
        assertTrue(new MyIdeasSection(rows).confirmation(allRead).isEmpty());
    }

    @Test
    void leavesTheCommentsSectionOutForSomeoneNoModeratorHasHidden() {
        assertTrue(new MyCommentsSection(rows(List.of()))
            .content(viewer(Language.BOKMAL, MyPageNotice.NONE)).isEmpty());
    }

    private static MyPageViewer viewer(Language language, MyPageNotice notice) {
        return new MyPageViewer(new Profile("Ola", "ola", "1833", List.of("resident")), "subject", new Texts(language),
            "token", notice);
    }

    /** The person's rows as the read model would give them, without a database. */
    private static MyPageRows rows(List<MyPageRows.MyIdea> ideas) {
        return new MyPageRows(null) {
            @Override
            List<MyIdea> ideasOf(String personId) {
                return ideas;
            }

            @Override
            List<MyComment> moderatedCommentsOf(String personId) {
                return List.of();
            }
        };
    }
}
