package no.samskap.gateway.feedback.staff;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.readmodel.FiguresRow;
import no.samskap.gateway.feedback.readmodel.Summary;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.shell.dashboard.DashboardPanel;
import no.samskap.gateway.shell.dashboard.Period;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

import static no.samskap.gateway.shell.web.Html.escape;

/** The feedback given in the period: how much, the average rating, how much was answered by the committed date. */
@Singleton
final class FeedbackDashboardPanel implements DashboardPanel {

    @Serdeable
    record Figures(Summary total, List<FiguresRow> perSubject) {
    }

    private final FeedbackBoard board;

    FeedbackDashboardPanel(FeedbackBoard board) {
        this.board = board;
    }

    @Override
    public String key() {
        return "feedback";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public DashboardPanel.Figures read(String municipality, Period period) {
        var figures = new Figures(board.ofPeriod(municipality, period.from(), period.to()),
            board.figures(municipality, period.from(), period.to()));
        return new DashboardPanel.Figures() {
            @Override
            public Object json() {
                return figures;
            }

            @Override
            public String html(Texts texts) {
                return render(texts, figures);
            }
        };
    }

    static String render(Texts texts, Figures figures) {
        var words = new FeedbackWords(texts);
        var html = new StringBuilder("<section class=\"feedback-figures\" aria-labelledby=\"feedback-figures-heading\">\n")
            .append("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"feedback-figures-heading\">")
            .append(texts.text("fb.dashboard.heading")).append("</h2>\n");
        var total = figures.total();
        if (total.count() == 0) {
            return html.append("<p>").append(texts.text("fb.dashboard.none")).append("</p>\n</section>\n").toString();
        }
        html.append("<dl>\n<dt>").append(texts.text("fb.figures.count")).append("</dt><dd id=\"feedback-total\">")
            .append(texts.number(total.count())).append("</dd>\n<dt>").append(texts.text("fb.figures.average"))
            .append("</dt><dd>").append(words.average(total.average())).append("</dd>\n<dt>")
            .append(texts.text("fb.figures.answeredOnTime")).append("</dt><dd>")
            .append(texts.text("fb.dashboard.onTime", total.onTimePercent(), total.answeredOnTime(), total.count()))
            .append("</dd>\n</dl>\n");
        html.append("<table class=\"ds-table\">\n<caption>").append(texts.text("fb.dashboard.table"))
            .append("</caption>\n<thead><tr><th scope=\"col\">").append(texts.text("fb.dashboard.subject"))
            .append("</th><th scope=\"col\">").append(texts.text("fb.figures.count")).append("</th><th scope=\"col\">")
            .append(texts.text("fb.figures.average")).append("</th><th scope=\"col\">")
            .append(texts.text("fb.figures.answeredOnTime")).append("</th></tr></thead>\n<tbody>\n");
        for (var row : figures.perSubject()) {
            var summary = row.summary();
            html.append("<tr><th scope=\"row\">").append(escape(row.name())).append("</th><td>")
                .append(texts.number(summary.count())).append("</td><td>").append(words.average(summary.average()))
                .append("</td><td>").append(texts.text("fb.figures.onTimeValue", summary.onTimePercent()))
                .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }
}
