package no.samskap.gateway.feedback.dashboard;

import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackLoopPanelTest {

    @Test
    void eachStepOfTheLoopIsATermWithItsFigure() {
        var html = FeedbackLoopPanel.render(new Texts(Language.BOKMAL), new FeedbackLoopPanel.Figures(12, 3, 3, 1));

        assertAll(
            () -> assertTrue(html.contains("<section id=\"feedback-loop\" class=\"figure\" "
                + "aria-labelledby=\"feedback-loop-heading\">"), html),
            () -> assertTrue(html.contains("Tilbakemeldinger gitt i perioden</dt>\n  <dd>12</dd>"), html),
            () -> assertTrue(html.contains("Gjort om til nye ideer</dt>\n  <dd>25 % (3 av 12)</dd>"), html));
    }

    @Test
    void aPeriodWithoutFeedbackSaysSoAndDividesNothing() {
        var html = FeedbackLoopPanel.render(new Texts(Language.ENGLISH), new FeedbackLoopPanel.Figures(0, 0, 0, 0));

        assertAll(
            () -> assertTrue(html.contains("<p>No feedback in the period.</p>"), html),
            () -> assertFalse(html.contains("<dl>"), html),
            () -> assertFalse(html.contains("%"), html));
    }
}
