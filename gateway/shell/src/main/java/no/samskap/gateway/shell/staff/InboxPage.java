package no.samskap.gateway.shell.staff;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.Notice;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.PageDetails.Breadcrumb;
import no.samskap.gateway.shell.web.ShellTemplates;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Innboks": the staff inbox as a page. A summary whose total is the sum of the waiting sections' counts, the list
 * of sections with their counts, then each module's section under its heading. Forms post to their module's page
 * routes with the CSRF field, so it all works without script; a small script only announces changes.
 */
public final class InboxPage {

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
        var main = new Notice("forbidden", html(texts.text("staff.forbidden.heading")), null,
            html(texts.text("staff.forbidden.text")), "/meg", html(texts.text("staff.forbidden.toMe")), false).render();
        return Page.render(texts, texts.text("staff.forbidden.title"), main, StaffInboxPages.PATH,
            PageDetails.NONE.describedAs(texts.text("forbidden.description")));
    }

    private String render(Optional<String> done) {
        var confirmation = done.map(key -> DONE + key).filter(texts::has).map(key -> html(texts.text(key))).orElse(null);
        var model = new View(view.member().municipality(), STREAM, html(texts.text("staff.heading")),
            html(texts.text("staff.total", InboxSections.total(sections))), html(texts.text("staff.intro", municipalityName)),
            html(view.refusal().map(refused -> refused.summary(texts)).orElse("")), confirmation,
            html(texts.text("staff.live.changed")), html(texts.text("staff.live.reload")), html(texts.text("staff.sections")),
            html(texts.text("staff.empty")), sections.stream().map(this::section).toList(),
            html(Assets.bundled().scriptTag("staff-inbox.js")));
        var title = view.refusal().isPresent()
            ? texts.text("staff.error.titlePrefix") + " " + texts.text("staff.title")
            : texts.text("staff.title");
        return Page.render(texts, title, ShellTemplates.render("inbox.jte", model), StaffInboxPages.PATH,
            PageDetails.NONE.inMunicipality(view.member().municipality()).withBreadcrumbs(
                Breadcrumb.to("/meg", texts.text("page.myPage")), Breadcrumb.here(texts.text("staff.heading"))));
    }

    private View.Section section(InboxSections.Read read) {
        var count = read.items().count();
        return new View.Section(read.section().key(), html(read.section().heading(texts)), count,
            html(texts.number(count)), count == 0 ? html("") : html(read.items().html(view)));
    }

    /** What {@code inbox.jte} shows; each module's items come as the module rendered them. */
    public record View(String municipality, String stream, Content heading, Content total, Content intro,
                       Content refusal, @Nullable Content confirmation, Content liveChanged, Content liveReload,
                       Content sectionsLabel, Content empty, List<Section> sections, Content script) {

        public record Section(String key, Content heading, long count, Content countText, Content items) {
        }
    }
}
