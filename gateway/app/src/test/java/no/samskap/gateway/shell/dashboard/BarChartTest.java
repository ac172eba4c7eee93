package no.samskap.gateway.shell.dashboard;

import no.samskap.gateway.shell.dashboard.BarChart.Bar;
import no.samskap.gateway.shell.dashboard.BarChart.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BarChartTest {

    @Test
    void theLargestBarTakesTheWholeWidthLeftBesideItsNumber() {
        assertEquals(BarChart.LONGEST_BAR, BarChart.barLength(40, 40));
        assertEquals(BarChart.WIDTH - BarChart.NUMBER_ROOM, BarChart.LONGEST_BAR);
    }

    @Test
    void barsAreAsLongAsTheirShareOfTheLargest() {
        assertEquals(Math.round(BarChart.LONGEST_BAR / 4.0), BarChart.barLength(10, 40));
    }

    @Test
    void aTinyValueStillShowsABarAndZeroShowsNone() {
        assertEquals(BarChart.SHORTEST_BAR, BarChart.barLength(1, 100_000));
        assertEquals(0, BarChart.barLength(0, 40));
        assertEquals(0, BarChart.barLength(0, 0));
    }

    @Test
    void theChartIsAsTallAsItsRowsAndSectionHeadings() {
        var sections = List.of(new Section(null, List.of(bar("a", 1), bar("b", 2))),
            new Section("Heading", List.of(bar("c", 3))));
        assertEquals(3 * BarChart.ROW + BarChart.HEADING, BarChart.height(sections));
    }

    @Test
    void isAnImageNamedByItsTitleAndDescription() {
        var svg = BarChart.svg("by-status", "Ideas by status", "Bar chart. Published 3.",
            List.of(new Section(null, List.of(bar("Published", 3)))));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("aria-labelledby=\"by-status-chart-title by-status-chart-desc\""));
        assertTrue(svg.contains("<title id=\"by-status-chart-title\">Ideas by status</title>"));
        assertTrue(svg.contains("<desc id=\"by-status-chart-desc\">Bar chart. Published 3.</desc>"));
    }

    @Test
    void drawsTheWidthOfANarrowPhoneAndScalesWithThePage() {
        var svg = BarChart.svg("x", "t", "d", List.of(new Section(null, List.of(bar("a", 1)))));
        assertTrue(svg.contains("viewBox=\"0 0 320 " + BarChart.ROW + "\""), svg);
        assertTrue(svg.contains("class=\"chart\""));
    }

    @Test
    void writesEveryLabelAndNumberAsTextAndNoStyleAttribute() {
        var svg = BarChart.svg("x", "t", "d", List.of(new Section("Supports", List.of(bar("Week 47", 4), bar("Week 48", 0)))));
        assertTrue(svg.contains(">Supports</text>"));
        assertTrue(svg.contains(">Week 47</text>"));
        assertTrue(svg.contains(">4</text>"));
        assertTrue(svg.contains(">0</text>"));
        assertFalse(svg.contains("style="));
        assertEquals(1, Pattern.compile("<rect ").matcher(svg).results().count(), "zero draws no bar");
    }

    @Test
    void putsEachNumberJustPastTheEndOfItsBar() {
        var svg = BarChart.svg("x", "t", "d", List.of(new Section(null, List.of(bar("a", 2), bar("b", 1)))));
        assertTrue(svg.contains("width=\"" + BarChart.LONGEST_BAR + "\""));
        assertTrue(svg.contains("<text x=\"" + (BarChart.LONGEST_BAR + 6) + "\" y=\"37\">2</text>"), svg);
        var half = BarChart.barLength(1, 2);
        assertTrue(svg.contains("<text x=\"" + (half + 6) + "\" y=\"" + (BarChart.ROW + 37) + "\">1</text>"), svg);
    }

    @Test
    void describesEveryNumberInWords() {
        assertEquals("Published 3, Rejected 1. Supports: Week 48 2.", BarChart.describe(List.of(
            new Section(null, List.of(bar("Published", 3), bar("Rejected", 1))),
            new Section("Supports", List.of(bar("Week 48", 2))))));
    }

    @Test
    void wrapsALabelTooLongForANarrowScreenAtSpacesAndMakesItsRowTaller() {
        var label = "From publication to official answer, 90th percentile";
        assertEquals(List.of("From publication to official", "answer, 90th percentile"), BarChart.lines(label));
        var sections = List.of(new Section(null, List.of(bar(label, 1), bar("short", 2))));
        assertEquals(2 * BarChart.ROW + BarChart.LINE, BarChart.height(sections));
        var svg = BarChart.svg("x", "t", "d", sections);
        assertTrue(svg.contains("<text x=\"0\" y=\"17\">From publication to official</text>"), svg);
        assertTrue(svg.contains("<text x=\"0\" y=\"" + (17 + BarChart.LINE) + "\">answer, 90th percentile</text>"), svg);
        assertTrue(svg.contains("<text x=\"0\" y=\"" + (BarChart.ROW + BarChart.LINE + 17) + "\">short</text>"), svg);
    }

    @Test
    void countsAnEscapedCharacterAsOneWhenWrapping() {
        assertEquals(1, BarChart.lines("Kultur &amp; idrett &amp; friluftsliv").size());
        assertEquals(2, BarChart.lines("Kultur og idrett og friluftsliv").size());
    }

    private static Bar bar(String label, long value) {
        return new Bar(label, value, Long.toString(value));
    }
}
