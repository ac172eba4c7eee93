package no.samskap.gateway.ideas.dashboard;

import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTime;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTimes;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Count;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Week;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardPageTest {

    private static final DashboardFigures FIGURES = new DashboardFigures(
        List.of(new Count("published", 1200), new Count("accepted", 3)),
        List.of(new Count("bibliotek", 4)),
        List.of(new Count("<b>mangfold</b>", 2)),
        List.of(new Count("barn", 1)),
        new AnswerTimes(new AnswerTime(2.5, 10.0, 4, 1), new AnswerTime(null, null, 0, 3)),
        List.of(new Week("2026-W45", LocalDate.parse("2026-11-02"), 2, 7, 1)), 2, 1);

    @Test
    void escapesACodeItHasNoWordForInTheChartAndTheTable() {
        var html = DashboardPage.render(FIGURES, new Texts(Language.ENGLISH), Map.of());
        assertFalse(html.contains("<b>mangfold"));
        assertTrue(html.contains("<th scope=\"row\">&lt;b&gt;mangfold&lt;/b&gt;</th>"), html);
        assertTrue(html.contains(">&lt;b&gt;mangfold&lt;/b&gt;</text>"), html);
    }

    @Test
    void namesAStrategicValueAsTheMunicipalityDoesEscapedInTheChartAndTheTable() {
        var html = DashboardPage.render(FIGURES, new Texts(Language.BOKMAL),
            Map.of("<b>mangfold</b>", "Mangfald & <i>likeverd</i>"));
        assertTrue(html.contains("<th scope=\"row\">Mangfald &amp; &lt;i&gt;likeverd&lt;/i&gt;</th>"), html);
        assertTrue(html.contains(">Mangfald &amp; &lt;i&gt;likeverd&lt;/i&gt;</text>"), html);
        assertFalse(html.contains("mangfold"), html);
    }

    @Test
    void groupsThousandsAndWritesDatesAsTheLanguageDoes() {
        var html = DashboardPage.render(FIGURES, new Texts(Language.BOKMAL), Map.of());
        assertTrue(html.contains("<td>1\u00a0200</td>"), html);
        assertTrue(html.contains("2. november 2026"), html);
        assertTrue(html.contains("<td>2,5 dager</td>"), html);
    }

    @Test
    void countsTheIdeasWhoseAnswerIsOverdueNowInEachLanguage() {
        assertTrue(DashboardPage.render(FIGURES, new Texts(Language.BOKMAL), Map.of())
            .contains("<p id=\"ideas-overdue\">2 ideer har passert svarfristen uten svar</p>"));
        assertTrue(DashboardPage.render(FIGURES, new Texts(Language.NYNORSK), Map.of())
            .contains("<p id=\"ideas-overdue\">2 idear har passert svarfristen utan svar</p>"));
        assertTrue(DashboardPage.render(FIGURES, new Texts(Language.ENGLISH), Map.of())
            .contains("<p id=\"ideas-overdue\">2 ideas are past their response date without an answer</p>"));
    }

    @Test
    void countsTheCitizensProposalsPastTheCouncilsDeadlineInEachLanguage() {
        assertTrue(DashboardPage.render(FIGURES, new Texts(Language.BOKMAL), Map.of())
            .contains("<p id=\"petitions-overdue\">1 innbyggerforslag har passert fristen for kommunestyret</p>"));
        assertTrue(DashboardPage.render(FIGURES, new Texts(Language.NYNORSK), Map.of())
            .contains("<p id=\"petitions-overdue\">1 innbyggjarforslag har passert fristen for kommunestyret</p>"));
        assertTrue(DashboardPage.render(FIGURES, new Texts(Language.ENGLISH), Map.of())
            .contains("<p id=\"petitions-overdue\">1 citizens’ proposal is past the council’s deadline</p>"));
    }

    @Test
    void saysPlainlyWhenNothingIsAnsweredYet() {
        var html = DashboardPage.render(FIGURES, new Texts(Language.NYNORSK), Map.of());
        assertTrue(html.contains("<td>ingen svar enno</td>"), html);
    }

    @Test
    void saysSoWhenNoIdeaHasAStrategicValueInsteadOfAnEmptyChart() {
        var none = new DashboardFigures(FIGURES.byStatus(),
            FIGURES.byServiceArea(), List.of(), FIGURES.byTargetGroup(), FIGURES.timeToFirstAnswer(), FIGURES.participation(),
            FIGURES.overdueNow(), FIGURES.overduePetitionsNow());
        var html = DashboardPage.render(none, new Texts(Language.ENGLISH), Map.of());
        assertTrue(html.contains("<p id=\"by-strategic-value-empty\">"), html);
        assertFalse(html.contains("by-strategic-value-chart"));
    }
}
