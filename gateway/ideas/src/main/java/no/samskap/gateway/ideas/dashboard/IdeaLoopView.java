package no.samskap.gateway.ideas.dashboard;

import no.samskap.gateway.shell.web.Texts;

import java.text.NumberFormat;

/** The funnel from idea to realisation as a definition list: each step's count and its share of the ideas submitted. */
final class IdeaLoopView {

    private IdeaLoopView() {
    }

    static String render(Texts texts, IdeaLoopPanel.Figures figures) {
        var html = new StringBuilder("""
            <section id="idea-loop" class="figure" aria-labelledby="idea-loop-heading">
            <h2 class="ds-heading" data-size="sm" id="idea-loop-heading">%s</h2>
            """.formatted(texts.text("dashboard.loop.heading")));
        if (figures.submitted() == 0) {
            return html.append("<p>").append(texts.text("dashboard.loop.none")).append("</p>\n</section>\n").toString();
        }
        html.append("<dl>\n")
            .append(step(texts, "dashboard.loop.submitted", texts.number(figures.submitted())))
            .append(step(texts, "dashboard.loop.accepted", share(texts, figures.accepted(), figures.submitted())))
            .append(step(texts, "dashboard.loop.realised", share(texts, figures.realised(), figures.submitted())))
            .append(step(texts, "dashboard.loop.median", days(texts, figures.medianDaysToRealised())))
            .append(step(texts, "dashboard.loop.p90", days(texts, figures.p90DaysToRealised())));
        return html.append("</dl>\n</section>\n").toString();
    }

    private static String step(Texts texts, String key, String value) {
        return "  <dt>" + texts.text(key) + "</dt>\n  <dd>" + value + "</dd>\n";
    }

    private static String share(Texts texts, long part, long whole) {
        return texts.text("dashboard.loop.share", Math.round(100.0 * part / whole), part, whole);
    }

    private static String days(Texts texts, Double days) {
        if (days == null) {
            return texts.text("dashboard.loop.notYet");
        }
        var decimals = NumberFormat.getNumberInstance(texts.language().locale());
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
        return texts.text("dashboard.days", decimals.format(days));
    }
}
