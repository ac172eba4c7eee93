package no.samskap.gateway.shell.staff;

import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Innboks": the staff inbox as a page. A summary whose total is the sum of the waiting sections' counts, the list
 * of sections with their counts, then each module's section under its heading. Forms post to their module's page
 * routes with the CSRF field, so it all works without script; a small script only announces changes.
 */
final class InboxPage {

    static final String STREAM = "/api/staff/inbox/stream";
    private static final String DONE = "staff.done.";

    private final InboxView view;
    private final Texts texts;
    private final String municipalityName;
    private final List<InboxSections.Read> sections;

    private InboxPage(InboxView view, String municipalityName, List<InboxSections.Read> sections) {
        this.view = view;
        this.texts = view.texts();
        this.municipalityName = municipalityName;
        this.sections = sections;
    }

    /** {@code done}: the key of what was just done, confirmed with the module's text {@code staff.done.<key>}. */
    static String render(InboxView view, String municipalityName, List<InboxSections.Read> sections,
                         Optional<String> done) {
        return new InboxPage(view, municipalityName, sections).render(done);
    }

    static String forbidden(Texts texts) {
        var main = """
            <h1 id="forbidden">%s</h1>
            <p>%s</p>
            <p><a href="/meg">%s</a></p>""".formatted(texts.text("staff.forbidden.heading"),
            texts.text("staff.forbidden.text"), texts.text("staff.forbidden.toMe"));
        return Page.render(texts, texts.text("staff.forbidden.title"), main, StaffInboxPages.PATH);
    }

    private String render(Optional<String> done) {
        var main = new StringBuilder();
        main.append("<div id=\"inbox\" data-municipality=\"").append(escape(view.member().municipality()))
            .append("\" data-stream=\"").append(STREAM).append("\">\n");
        main.append("<h1>").append(texts.text("staff.heading")).append("</h1>\n");
        main.append("<p id=\"inbox-total\">").append(texts.text("staff.total", InboxSections.total(sections))).append(' ')
            .append(texts.text("staff.intro", municipalityName)).append("</p>\n");
        view.refusal().ifPresent(refused -> main.append(refused.summary(texts)));
        done.map(key -> DONE + key).filter(texts::has)
            .ifPresent(key -> main.append("<div id=\"confirmation\" class=\"confirmation\" role=\"status\"><p>")
                .append(texts.text(key)).append("</p></div>\n"));
        main.append("<div id=\"inbox-live\" class=\"live-notice\" aria-live=\"polite\" data-changed=\"")
            .append(texts.text("staff.live.changed")).append("\" data-reload=\"").append(texts.text("staff.live.reload"))
            .append("\"></div>\n");
        main.append(contents());
        sections.forEach(each -> main.append(section(each)));
        main.append("</div>\n").append(Assets.bundled().scriptTag("staff-inbox.js"));
        var title = view.refusal().isPresent() ? texts.text("staff.error.titlePrefix") + " " + texts.text("staff.title")
            : texts.text("staff.title");
        return Page.render(texts, title, main.toString(), StaffInboxPages.PATH);
    }

    private String contents() {
        var links = new StringBuilder("<nav aria-label=\"").append(texts.text("staff.sections"))
            .append("\">\n<ul id=\"inbox-sections\">\n");
        sections.forEach(each -> links.append("<li><a href=\"#").append(escape(each.section().key())).append("\">")
            .append(each.section().heading(texts)).append(" (").append(texts.number(each.items().count()))
            .append(")</a></li>\n"));
        return links.append("</ul>\n</nav>\n").toString();
    }

    private String section(InboxSections.Read read) {
        var id = escape(read.section().key());
        var count = read.items().count();
        var html = new StringBuilder();
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n");
        html.append("<h2 id=\"").append(id).append("-heading\">").append(read.section().heading(texts))
            .append(" <span class=\"count\" data-count=\"").append(count).append("\">(")
            .append(texts.number(count)).append(")</span></h2>\n");
        if (count == 0) {
            html.append("<p class=\"empty\">").append(texts.text("staff.empty")).append("</p>\n");
        } else {
            html.append(read.items().html(view));
        }
        return html.append("</section>\n").toString();
    }
}
