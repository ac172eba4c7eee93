package no.samskap.gateway.feedback.dashboard;

import no.samskap.gateway.feedback.dashboard.FeedbackFigures.Figure;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Texts;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The feedback panel as tables, one per cut: a table keeps every number as text, so it stays readable at any width
 * and to a screen reader; the distribution is one cell so that five columns still fit a phone.
 */
final class FeedbackDashboardView {

    private final Texts texts;
    private final Map<String, String> unitNames;
    private final NumberFormat decimals;

    FeedbackDashboardView(Texts texts, Map<String, String> unitNames) {
        this.texts = texts;
        this.unitNames = unitNames;
        decimals = NumberFormat.getNumberInstance(texts.language().locale());
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
    }

    String render(FeedbackFigures figures) {
        var html = new StringBuilder("""
            <section id="feedback-figures" class="figure" aria-labelledby="feedback-figures-heading">
            <h2 class="ds-heading" data-size="sm" id="feedback-figures-heading">%s</h2>
            """.formatted(texts.text("fb.dashboard.heading")));
        var total = figures.total();
        if (total.count() == 0) {
            return html.append("<p id=\"feedback-figures-none\">").append(texts.text("fb.dashboard.none"))
                .append("</p>\n</section>\n").toString();
        }
        html.append("<p id=\"feedback-figures-total\">").append(texts.text("fb.dashboard.total", total.count(),
            decimals.format(total.average()), onTime(total))).append("</p>\n");
        html.append(table("feedback-by-event", "fb.dashboard.byEvent", "fb.dashboard.column.event", figures.byEvent(),
            figure -> Html.escape(figure.name())));
        html.append(table("feedback-by-unit", "fb.dashboard.byUnit", "fb.dashboard.column.unit", figures.byUnit(),
            figure -> Html.escape(unitNames.getOrDefault(figure.key(), figure.name()))));
        html.append(table("feedback-by-month", "fb.dashboard.byMonth", "fb.dashboard.column.month", figures.byMonth(),
            figure -> Html.escape(month(figure.key()))));
        return html.append("</section>\n").toString();
    }

    private String table(String id, String captionKey, String subjectKey, List<Figure> figures,
                         Function<Figure, String> name) {
        if (figures.isEmpty()) {
            return "";
        }
        var head = List.of(texts.text(subjectKey), texts.text("fb.dashboard.column.count"),
                texts.text("fb.dashboard.column.average"), texts.text("fb.dashboard.column.distribution"),
                texts.text("fb.dashboard.column.onTime")).stream()
            .map(column -> "<th scope=\"col\">" + column + "</th>").collect(Collectors.joining());
        var rows = figures.stream().map(figure -> "<tr><th scope=\"row\">" + name.apply(figure) + "</th><td>"
                + texts.number(figure.count()) + "</td><td>" + decimals.format(figure.average()) + "</td><td>"
                + distribution(figure) + "</td><td>" + onTime(figure) + "</td></tr>")
            .collect(Collectors.joining("\n"));
        return """
            <table id="%s" class="ds-table figures" data-border>
            <caption>%s</caption>
            <thead><tr>%s</tr></thead>
            <tbody>
            %s
            </tbody>
            </table>
            """.formatted(id, texts.text(captionKey), head, rows);
    }

    private String distribution(Figure figure) {
        var counts = figure.distribution();
        return texts.text("fb.dashboard.distribution", counts.get(0), counts.get(1), counts.get(2), counts.get(3),
            counts.get(4));
    }

    private String onTime(Figure figure) {
        return figure.onTimePercent() == null ? texts.text("fb.dashboard.onTime.none")
            : texts.text("fb.dashboard.onTime", figure.onTimePercent(), figure.answeredOnTime(), figure.due());
    }

    private String month(String yearMonth) {
        return YearMonth.parse(yearMonth)
            .format(DateTimeFormatter.ofPattern("LLLL yyyy", texts.language().locale()));
    }
}
