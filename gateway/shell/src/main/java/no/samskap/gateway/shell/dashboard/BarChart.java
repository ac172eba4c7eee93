package no.samskap.gateway.shell.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart as inline SVG: each bar has its label written above it and its number after it, so no
 * meaning rests on colour or length alone. It is drawn 320 units wide, the narrowest screen it must be read on,
 * and scales with the page; labels too long for one line wrap at spaces. Each section is scaled to its own largest
 * bar. Labels, numbers, title and description must already be escaped; colours come from the stylesheet's classes,
 * never from style attributes.
 */
public final class BarChart {

    static final int WIDTH = 320;
    static final int ROW = 48;
    static final int HEADING = 34;
    /** Each further line of a wrapped label or heading. */
    static final int LINE = 22;
    /** About as many characters as fit in the width at the chart's font size, with room to spare. */
    static final int CHARACTERS_PER_LINE = 30;
    static final int BAR_HEIGHT = 16;
    /** Room after the longest bar for its number. */
    static final int NUMBER_ROOM = 104;
    static final int LONGEST_BAR = WIDTH - NUMBER_ROOM;
    /** A bar for anything above zero stays visible however small it is next to the largest. */
    static final int SHORTEST_BAR = 2;

    public record Bar(String label, double value, String number) {
    }

    /** {@code heading} may be null for a chart of one section. */
    public record Section(String heading, List<Bar> bars) {
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
        var height = 0;
        for (var section : sections) {
            height += section.heading() == null ? 0 : HEADING + extraLines(section.heading()) * LINE;
            for (var bar : section.bars()) {
                height += ROW + extraLines(bar.label()) * LINE;
            }
        }
        return height;
    }

    /** Splits escaped text at spaces into lines of at most {@link #CHARACTERS_PER_LINE}; a longer word keeps a line of its own. */
    static List<String> lines(String text) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.split(" ")) {
            if (line.length() > 0 && visibleLength(line + " " + word) > CHARACTERS_PER_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    public static String svg(String id, String title, String description, List<Section> sections) {
        var drawing = new StringBuilder();
        var y = 0;
        for (var section : sections) {
            if (section.heading() != null) {
                y = write(drawing, section.heading(), y + 24, " class=\"chart-heading\"") - 24 + HEADING;
            }
            var largest = section.bars().stream().mapToDouble(Bar::value).max().orElse(0);
            for (var bar : section.bars()) {
                var top = write(drawing, bar.label(), y + 17, "") - 17;
                var length = barLength(bar.value(), largest);
                if (length > 0) {
                    drawing.append("  <rect class=\"chart-bar\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>\n"
                        .formatted(top + 23, length, BAR_HEIGHT));
                }
                drawing.append("  <text x=\"%d\" y=\"%d\">%s</text>\n".formatted(length + 6, top + 37, bar.number()));
                y = top + ROW;
            }
        }
        var height = height(sections);
        return """
            <svg id="%1$s-chart" class="chart" role="img" aria-labelledby="%1$s-chart-title %1$s-chart-desc" \
            viewBox="0 0 %2$d %3$d" width="%2$d" height="%3$d" font-size="18">
              <title id="%1$s-chart-title">%4$s</title>
              <desc id="%1$s-chart-desc">%5$s</desc>
            %6$s</svg>""".formatted(id, WIDTH, height, title, description, drawing);
    }

    /** The numbers in words, for those who hear the chart rather than see it. */
    public static String describe(List<Section> sections) {
        return sections.stream()
            .map(section -> (section.heading() == null ? "" : section.heading() + ": ") + section.bars().stream()
                .map(bar -> bar.label() + " " + bar.number()).collect(Collectors.joining(", ")))
            .collect(Collectors.joining(". ")) + ".";
    }

    /** Writes the text's lines from the baseline {@code y} down; answers the baseline of its last line. */
    private static int write(StringBuilder drawing, String text, int y, String attributes) {
        var baseline = y;
        for (var line : lines(text)) {
            drawing.append("  <text%s x=\"0\" y=\"%d\">%s</text>\n".formatted(attributes, baseline, line));
            baseline += LINE;
        }
        return baseline - LINE;
    }

    private static int extraLines(String text) {
        return lines(text).size() - 1;
    }

    /** An escaped character such as {@code &amp;} takes the room of one. */
    private static int visibleLength(String escaped) {
        return escaped.replaceAll("&[#a-zA-Z0-9]+;", "x").length();
    }
}
