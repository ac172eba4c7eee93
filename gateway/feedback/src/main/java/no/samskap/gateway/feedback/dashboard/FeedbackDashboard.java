package no.samskap.gateway.feedback.dashboard;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.feedback.dashboard.FeedbackFigures.Figure;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The feedback panel ({@code dashboard/figures.jte}) as tables, one per cut: a table keeps every number as text, so it
 * stays readable at any width and to a screen reader; the distribution is one cell so that five columns still fit a
 * phone. {@code total} is null when no feedback was given in the period; a cut without rows has no table.
 */
public record FeedbackDashboard(TemplateTexts t, @Nullable Content total, List<Table> tables) {

    /** A cut of the figures: its table's id, the text keys of its caption and of its first column, and its rows. */
    public record Table(String id, String captionKey, String subjectKey, List<Row> rows) {
    }

    /** One event, unit or month: {@code name} as text, the figures in the page's words. */
    public record Row(String name, Content count, String average, Content distribution, Content onTime) {
    }

    static FeedbackDashboard of(Texts texts, Map<String, String> unitNames, FeedbackFigures figures) {
        var t = new TemplateTexts(texts);
        var total = figures.total();
        if (total.count() == 0) {
            return new FeedbackDashboard(t, null, List.of());
        }
        var decimals = NumberFormat.getNumberInstance(texts.language().locale());
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
        Function<Function<Figure, String>, Function<Figure, Row>> rows = name -> figure -> new Row(name.apply(figure),
            html(texts.number(figure.count())), decimals.format(figure.average()), distribution(texts, figure),
            html(onTime(texts, figure)));
        var tables = Stream.of(
                table("feedback-by-event", "fb.dashboard.byEvent", "fb.dashboard.column.event", figures.byEvent(),
                    rows.apply(Figure::name)),
                table("feedback-by-unit", "fb.dashboard.byUnit", "fb.dashboard.column.unit", figures.byUnit(),
                    rows.apply(figure -> unitNames.getOrDefault(figure.key(), figure.name()))),
                table("feedback-by-month", "fb.dashboard.byMonth", "fb.dashboard.column.month", figures.byMonth(),
                    rows.apply(figure -> month(texts, figure.key()))))
            .filter(table -> !table.rows().isEmpty()).toList();
        return new FeedbackDashboard(t, html(texts.text("fb.dashboard.total", total.count(),
            decimals.format(total.average()), onTime(texts, total))), tables);
    }

    String render() {
        return FeedbackForm.TEMPLATES.render("dashboard/figures.jte", this);
    }

    private static Table table(String id, String captionKey, String subjectKey, List<Figure> figures,
                               Function<Figure, Row> row) {
        return new Table(id, captionKey, subjectKey, figures.stream().map(row).toList());
    }

    private static Content distribution(Texts texts, Figure figure) {
        var counts = figure.distribution();
        return html(texts.text("fb.dashboard.distribution", counts.get(0), counts.get(1), counts.get(2), counts.get(3),
            counts.get(4)));
    }

    private static String onTime(Texts texts, Figure figure) {
        return figure.onTimePercent() == null ? texts.text("fb.dashboard.onTime.none")
            : texts.text("fb.dashboard.onTime", figure.onTimePercent(), figure.answeredOnTime(), figure.due());
    }

    private static String month(Texts texts, String yearMonth) {
        return YearMonth.parse(yearMonth)
            .format(DateTimeFormatter.ofPattern("LLLL yyyy", texts.language().locale()));
    }
}
