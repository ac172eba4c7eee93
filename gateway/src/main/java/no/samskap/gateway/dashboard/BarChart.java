package no.samskap.gateway.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart as inline SVG: each bar has its label written above it and its number after it, so no
 * meaning rests on colour or length alone. It is drawn 320 units wide, the narrowest screen it must be read on,
 * and scales with the page. Each section is scaled to its own largest bar. Labels, numbers, title and description
 * must already be escaped; colours come from the stylesheet's classes, never from style attributes.
 */
final class BarChart {

    static final int WIDTH = 320;
    static final int ROW = 42;
    static final int HEADING = 30;
    static final int BAR_HEIGHT = 16;
    /** Room after the longest bar for its number. */
    static final int NUMBER_ROOM = 72;
    static final int LONGEST_BAR = WIDTH - NUMBER_ROOM;
    /** A bar for anything above zero stays visible however small it is next to the largest. */
    static final int SHORTEST_BAR = 2;

    record Bar(String label, double value, String number) {
    }

    /** {@code heading} may be null for a chart of one section. */
    record Section(String heading, List<Bar> bars) {
    }

    private BarChart() {
    }

    static int barLength(double value, double largest) {
        if (value <= 0 || largest <= 0) {
            return 0;
        }
        return Math.max(SHORTEST_BAR, (int) Math.round(value / largest * LONGEST_BAR));
    }

    static int height(List<Section> sections) {
        return sections.stream().mapToInt(section -> (section.heading() == null ? 0 : HEADING) + section.bars().size() * ROW)
            .sum();
    }

    static String svg(String id, String title, String description, List<Section> sections) {
        var drawing = new StringBuilder();
        var y = 0;
        for (var section : sections) {
            if (section.heading() != null) {
                drawing.append("  <text class=\"chart-heading\" x=\"0\" y=\"%d\">%s</text>\n".formatted(y + 20, section.heading()));
                y += HEADING;
            }
            var largest = section.bars().stream().mapToDouble(Bar::value).max().orElse(0);
            for (var bar : section.bars()) {
                var length = barLength(bar.value(), largest);
                drawing.append("  <text x=\"0\" y=\"%d\">%s</text>\n".formatted(y + 14, bar.label()));
                if (length > 0) {
                    drawing.append("  <rect class=\"chart-bar\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>\n"
                        .formatted(y + 20, length, BAR_HEIGHT));
                }
                drawing.append("  <text x=\"%d\" y=\"%d\">%s</text>\n".formatted(length + 6, y + 33, bar.number()));
                y += ROW;
            }
        }
        var height = height(sections);
        return """
            <svg id="%1$s-chart" class="chart" role="img" aria-labelledby="%1$s-chart-title %1$s-chart-desc" \
            viewBox="0 0 %2$d %3$d" width="%2$d" height="%3$d" font-size="15">
              <title id="%1$s-chart-title">%4$s</title>
              <desc id="%1$s-chart-desc">%5$s</desc>
            %6$s</svg>""".formatted(id, WIDTH, height, title, description, drawing);
    }

    /** The numbers in words, for those who hear the chart rather than see it. */
    static String describe(List<Section> sections) {
        return sections.stream()
            .map(section -> (section.heading() == null ? "" : section.heading() + ": ") + section.bars().stream()
                .map(bar -> bar.label() + " " + bar.number()).collect(Collectors.joining(", ")))
            .collect(Collectors.joining(". ")) + ".";
    }
}
