package no.samskap.gateway.feedback.dashboard;

import no.samskap.gateway.feedback.dashboard.FeedbackFigures.Figure;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedbackDashboardTest {

    private static final Figure CONCERT = new Figure("e1", "<script>alert(1)</script>Vårkonsert", 2, 3.5,
        List.of(0, 0, 1, 1, 0), 2, 1, 50);

    @Test
    void anEventsTitleIsShownAsTextAndACutWithoutRowsHasNoTable() {
        var figures = new FeedbackFigures(new Figure("all", "", 2, 3.5, List.of(0, 0, 1, 1, 0), 2, 1, 50),
            List.of(CONCERT), List.of(), List.of(new Figure("2026-11", "", 2, 3.5, List.of(0, 0, 1, 1, 0), 2, 1, 50)));

        var html = render(Language.BOKMAL, figures);

        assertAll(
            () -> assertTrue(html.contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;Vårkonsert</th>"
                + "<td>2</td><td>3,5</td><td>1: 0 · 2: 0 · 3: 1 · 4: 1 · 5: 0</td><td>50 % (1 av 2)</td>"), html),
            () -> assertFalse(html.contains("<script>"), html),
            () -> assertTrue(html.contains("<p id=\"feedback-figures-total\">2 tilbakemeldinger i perioden, snitt "
                + "3,5 av 5."), html),
            () -> assertTrue(html.contains("<table id=\"feedback-by-event\" class=\"ds-table figures\" data-border>\n"
                + "<caption>Per arrangement</caption>"), html),
            () -> assertFalse(html.contains("id=\"feedback-by-unit\""), html),
            () -> assertTrue(html.contains("<th scope=\"row\">november 2026</th>"), html));
    }

    @Test
    void aPeriodWithoutFeedbackSaysSoWithoutTables() {
        var none = new Figure("all", "", 0, null, List.of(0, 0, 0, 0, 0), 0, 0, null);

        var html = render(Language.NYNORSK, new FeedbackFigures(none, List.of(), List.of(), List.of()));

        assertAll(
            () -> assertTrue(html.contains("<p id=\"feedback-figures-none\">"), html),
            () -> assertFalse(html.contains("<table"), html),
            () -> assertFalse(html.contains("feedback-figures-total"), html));
    }

    private static String render(Language language, FeedbackFigures figures) {
        return FeedbackDashboard.of(new Texts(language), Map.of(), figures).render();
    }
}
