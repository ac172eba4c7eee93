package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxPageTest {

    private static final String IDEA = "5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11";
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    @Test
    void namesTheMunicipalityItServesRatherThanItsNumber() {
        var html = render(inbox(List.of(), List.of()), Optional.empty(), Language.BOKMAL);
        assertTrue(html.contains("Saker i Rana som venter på behandling."), html);
        assertFalse(html.contains("kommune 1833"));
    }

    @Test
    void escapesWhatResidentsWroteAndKeepsTheirLineBreaks() {
        var inbox = inbox(List.of(new Inbox.IdeaToModerate(IDEA, "<b>Tittel</b>", "Linje 1\n<script>x</script>", AT)), List.of());

        var html = render(inbox, Optional.empty(), Language.BOKMAL);

        assertAll(
            () -> assertTrue(html.contains("&lt;b&gt;Tittel&lt;/b&gt;"), html),
            () -> assertTrue(html.contains("Linje 1<br>"), html),
            () -> assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"), html),
            () -> assertFalse(html.contains("<script>x")));
    }

    @Test
    void putsTheServicesMessageAtTheFieldAndKeepsWhatWasEntered() {
        var inbox = inbox(List.of(new Inbox.IdeaToModerate(IDEA, "Tittel", "Tekst", AT)), List.of());
        var refusal = new FormProblem(StaffAction.REJECT, IDEA, Map.of("reason", "must not be blank"), Optional.empty(),
            Map.of("reason", "Kort <grunn>"));

        var html = render(inbox, Optional.of(refusal), Language.ENGLISH);

        var field = "reject-reason-" + IDEA;
        assertAll(
            () -> assertTrue(html.contains("<a href=\"#" + field + "\">Reason (shown to the author): must not be blank</a>"), html),
            () -> assertTrue(html.contains("aria-describedby=\"" + field + "-error\" aria-invalid=\"true\">Kort &lt;grunn&gt;</textarea>"), html),
            () -> assertTrue(html.contains("<title>Error: Inbox – Samskap</title>"), html));
    }

    @Test
    void offersTheAppealDecisionOnlyToAModeratorWhoDidNotMakeTheDecision() {
        var byViewer = new Inbox.Appeal(IDEA, "Tittel", "Tekst", "hidden", "Grunn", "sub-1", true, false, AT);
        var byAnother = new Inbox.Appeal(IDEA, "Tittel", "Tekst", "hidden", "Grunn", "sub-2", false, true, AT);

        var mine = render(inbox(List.of(), List.of(byViewer)), Optional.empty(), Language.NYNORSK);
        var theirs = render(inbox(List.of(), List.of(byAnother)), Optional.empty(), Language.NYNORSK);

        assertAll(
            () -> assertFalse(mine.contains("id=\"decide-appeal-" + IDEA + "\"")),
            () -> assertTrue(mine.contains("data-decided-by-you=\"true\""), mine),
            () -> assertTrue(theirs.contains("id=\"decide-appeal-" + IDEA + "\""), theirs),
            () -> assertTrue(theirs.contains("sub-2"), theirs));
    }

    @Test
    void asksForTheReasonTheAuthorWillReadBeforeAHiddenIdeaIsRestored() {
        var hidden = new Inbox.HiddenIdea(IDEA, "Tittel", "Tekst", "published", "Reklame", "sub-2", false, AT);
        var inbox = new Inbox("1833", TODAY, List.of(), List.of(hidden), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

        var html = render(inbox, Optional.empty(), Language.BOKMAL);

        var form = html.substring(html.indexOf("<form method=\"post\" action=\"/stab/innboks/ideer/" + IDEA + "/gjenoppretting\""));
        assertTrue(form.substring(0, form.indexOf("</form>")).contains(
            "<textarea id=\"restore-reason-" + IDEA + "\" name=\"reason\" rows=\"3\" required"), form);
    }

    @Test
    void countsEachSectionInItsHeading() {
        var html = render(inbox(List.of(new Inbox.IdeaToModerate(IDEA, "Tittel", "Tekst", AT)), List.of()), Optional.empty(),
            Language.ENGLISH);

        assertAll(
            () -> assertTrue(html.contains("Waiting for moderation <span class=\"count\" data-count=\"1\">(1)</span>"), html),
            () -> assertTrue(html.contains("Appeals waiting for a decision <span class=\"count\" data-count=\"0\">(0)</span>"), html),
            () -> assertTrue(html.contains("One item is waiting."), html));
    }

    @Test
    void everyActionHasItsWordsInEveryLanguage() {
        for (var language : Language.values()) {
            var texts = new Texts(language);
            for (var action : StaffAction.values()) {
                assertFalse(texts.text("staff.action." + action.key()).isBlank());
                assertFalse(texts.text("staff.done." + action.key()).isBlank());
                action.fields().forEach(field -> assertFalse(texts.text("staff.field." + field).isBlank()));
            }
        }
        assertEquals(Optional.of(StaffAction.DECIDE_APPEAL), StaffAction.ofKey("decide-appeal"));
    }

    private static Inbox inbox(List<Inbox.IdeaToModerate> toModerate, List<Inbox.Appeal> appeals) {
        return new Inbox("1833", TODAY, toModerate, List.of(), List.of(), appeals, List.of(), List.of(), List.of(),
            List.of());
    }

    private static String render(Inbox inbox, Optional<FormProblem> problem, Language language) {
        return InboxPage.render(inbox, "Rana", "t".repeat(43), new Texts(language), Optional.empty(), problem);
    }
}
