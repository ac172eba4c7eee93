package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.shell.staff.InboxRefusal;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxItemsTest {

    private static final String IDEA = "5f3d1f5e-8a55-4d53-9f7d-2b2b1e0c9b11";
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");
    private static final StaffMember VIEWER = new StaffMember("sub-1", "siri", "1833");

    @Test
    void escapesWhatResidentsWroteAndKeepsTheirLineBreaks() {
        var html = items(Optional.empty(), Language.BOKMAL)
            .toModerate(new Inbox.IdeaToModerate(IDEA, "<b>Tittel</b>", "Linje 1\n<script>x</script>", AT));

        assertAll(
            () -> assertTrue(html.contains("&lt;b&gt;Tittel&lt;/b&gt;"), html),
            () -> assertTrue(html.contains("Linje 1<br>"), html),
            () -> assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"), html),
            () -> assertFalse(html.contains("<script>x")));
    }

    @Test
    void putsTheFieldsRuleInThePagesWordsAtTheFieldAndKeepsWhatWasEntered() {
        var refusal = new FormProblem(StaffAction.REJECT, IDEA, Map.of("reason", "must not be blank"), Optional.empty(),
            Map.of("reason", "Kort <grunn>"));

        var html = items(Optional.of(refusal), Language.ENGLISH)
            .toModerate(new Inbox.IdeaToModerate(IDEA, "Tittel", "Tekst", AT));
        var summary = refusal.summary(new Texts(Language.ENGLISH));

        var field = "reject-reason-" + IDEA;
        assertAll(
            () -> assertTrue(summary.contains("<a href=\"#" + field + "\">Reason (shown to the author): Write a reason."), summary),
            () -> assertTrue(summary.contains("autofocus"), "the summary takes the focus: " + summary),
            () -> assertFalse(summary.contains("must not be blank"), summary),
            () -> assertTrue(html.contains("aria-describedby=\"" + field + "-error\" aria-invalid=\"true\">Kort &lt;grunn&gt;</textarea>"), html));
    }

    @Test
    void offersTheAppealDecisionOnlyToAModeratorWhoDidNotMakeTheDecision() {
        var byViewer = new Inbox.Appeal(IDEA, "Tittel", "Tekst", "hidden", "Grunn", "sub-1", true, false, AT);
        var byAnother = new Inbox.Appeal(IDEA, "Tittel", "Tekst", "hidden", "Grunn", "sub-2", false, true, AT);

        var mine = items(Optional.empty(), Language.NYNORSK).appeal(byViewer);
        var theirs = items(Optional.empty(), Language.NYNORSK).appeal(byAnother);

        assertAll(
            () -> assertFalse(mine.contains("id=\"decide-appeal-" + IDEA + "\"")),
            () -> assertTrue(mine.contains("data-decided-by-you=\"true\""), mine),
            () -> assertTrue(theirs.contains("id=\"decide-appeal-" + IDEA + "\""), theirs),
            () -> assertTrue(theirs.contains("sub-2"), theirs));
    }

    @Test
    void asksForTheReasonTheAuthorWillReadBeforeAHiddenIdeaIsRestored() {
        var hidden = new Inbox.HiddenIdea(IDEA, "Tittel", "Tekst", "published", "Reklame", "sub-2", false, AT,
            List.of());

        var html = items(Optional.empty(), Language.BOKMAL).hiddenIdea(hidden);

        var form = html.substring(html.indexOf("<form method=\"post\" action=\"/stab/innboks/ideer/" + IDEA + "/gjenoppretting\""));
        assertTrue(form.substring(0, form.indexOf("</form>")).contains(
            "<textarea id=\"restore-reason-" + IDEA + "\" name=\"reason\" rows=\"3\" required"), form);
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
    }

    private static InboxItems items(Optional<FormProblem> refusal, Language language) {
        return new InboxItems(new InboxView(VIEWER, new Texts(language), "t".repeat(43), TODAY,
            refusal.map(InboxRefusal.class::cast)));
    }
}
