package no.samskap.gateway.shell.dashboard;

import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import gg.jte.Content;
import no.samskap.gateway.shell.web.Notice;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.ShellTemplates;

import java.util.List;
import java.util.Map;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** The staff dashboard page: the municipality and period, then each module's panel. */
public final class DashboardPage {

    /** What {@code dashboard.jte} shows: each module's panel as the module rendered it. */
    public record View(Content heading, Content period, List<Content> panels) {
    }

    static final String PATH = "/stab/dashbord";

    private DashboardPage() {
    }

    static String render(String municipalityName, Period period, Map<String, DashboardPanel.Figures> panels, Texts texts) {
        var covers = period.from() == null ? texts.text("dashboard.period.all", texts.date(period.to()))
            : texts.text("dashboard.period", texts.date(period.from()), texts.date(period.to()));
        var view = new View(html(texts.text("dashboard.heading", municipalityName)), html(covers),
            panels.values().stream().map(figures -> html(figures.html(texts))).toList());
        return Page.render(texts, texts.text("dashboard.title"), ShellTemplates.render("dashboard.jte", view), PATH);
    }

    static String forbidden(Texts texts) {
        var main = new Notice(null, html(texts.text("dashboard.forbidden.heading")), "forbidden",
            html(texts.text("dashboard.forbidden.text")), "/meg", html(texts.text("dashboard.toMyPage")), false).render();
        return Page.render(texts, texts.text("dashboard.forbidden.title"), main, PATH,
            PageDetails.NONE.describedAs(texts.text("forbidden.description")));
    }
}
