package no.samskap.gateway.shell.dashboard;

import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.Map;
import java.util.stream.Collectors;

/** The staff dashboard page: the municipality and period, then each module's panel. */
final class DashboardPage {

    static final String PATH = "/stab/dashbord";

    private static final String FORBIDDEN = """
        <h1>%s</h1>
        <p id="forbidden">%s</p>
        <p><a href="/meg">%s</a></p>""";

    private DashboardPage() {
    }

    static String render(String municipalityName, Period period, Map<String, DashboardPanel.Figures> panels, Texts texts) {
        var covers = period.from() == null ? texts.text("dashboard.period.all", texts.date(period.to()))
            : texts.text("dashboard.period", texts.date(period.from()), texts.date(period.to()));
        var main = "<h1>" + texts.text("dashboard.heading", municipalityName) + "</h1>\n<p id=\"period\">" + covers + "</p>\n"
            + panels.values().stream().map(figures -> figures.html(texts)).collect(Collectors.joining("\n"));
        return Page.render(texts, texts.text("dashboard.title"), main, PATH);
    }

    static String forbidden(Texts texts) {
        return Page.render(texts, texts.text("dashboard.forbidden.title"), FORBIDDEN.formatted(
            texts.text("dashboard.forbidden.heading"), texts.text("dashboard.forbidden.text"),
            texts.text("dashboard.toMyPage")), PATH);
    }
}
