package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.ideas.readmodel.IdeaPage;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;
import static no.samskap.gateway.shell.web.Html.escapeWithLineBreaks;

/** One idea: its text, where it stands, the municipality's answer, the public timeline, and what the viewer may do. */
final class IdeaView {

    private static final String MAIN = """
        %s<h1>%s</h1>
        <p class="idea-body">%s</p>
        <p id="live-status" class="visually-hidden" role="status" data-idea-id="%s" data-municipality="%s" data-updated="%s"></p>
        <dl id="idea-facts">
          <dt>%s</dt>
          <dd id="status">%s</dd>
          <dt>%s</dt>
          <dd>%s</dd>
        %s  <dt>%s</dt>
          <dd id="respond-by">%s</dd>
          <dt>%s</dt>
          <dd id="support-count">%s</dd>
        </dl>
        %s<div id="idea-answer">%s</div>
        <h2>%s</h2>
        <ol class="timeline" id="timeline">
        %s
        </ol>
        %s%s
        <p><a href="/kommuner/%s/ideer">%s</a></p>
        %s""";

    private IdeaView() {
    }

    /** {@code panels}: what other modules add below the idea ({@code PagePanel}s of the page "idea"), safe already. */
    static String render(IdeaPage page, Texts texts, Viewing viewing, String panels) {
        var idea = page.idea();
        var main = MAIN.formatted(done(viewing, texts), escape(idea.title()), escapeWithLineBreaks(idea.body()),
            escape(idea.id()), escape(idea.municipality()), texts.text("idea.live.updated"),
            texts.text("idea.status"), texts.word("status", idea.status()),
            texts.text("idea.serviceArea"), texts.word("serviceArea", idea.serviceArea()), place(page, texts),
            texts.text("idea.respondBy"), idea.respondBy() == null ? texts.text("idea.respondBy.none")
                : texts.date(idea.respondBy()),
            texts.text("idea.supports"), texts.number(idea.supportCount()),
            IdeaActionsView.render(idea, texts, viewing), answer(idea, texts), texts.text("idea.timeline"),
            timeline(page, texts), panels, DiscussionView.render(idea, texts, viewing),
            escape(idea.municipality()), texts.text("idea.toBoard"), Assets.bundled().scriptTag("live-idea.js"));
        return Page.render(texts, texts.text("idea.title", idea.title()), main, "/ideer/" + idea.id());
    }

    private static String place(IdeaPage page, Texts texts) {
        if (page.place() == null || page.place().isBlank()) {
            return "";
        }
        return "  <dt>%s</dt>\n  <dd id=\"place\">%s</dd>\n".formatted(texts.text("idea.place"), escape(page.place()));
    }

    private static String done(Viewing viewing, Texts texts) {
        if (viewing.done() == null || !texts.has("idea.done." + viewing.done())) {
            return "";
        }
        return "<p class=\"confirmation\" role=\"status\" id=\"confirmation\">" + texts.text("idea.done." + viewing.done())
            + "</p>\n";
    }

    private static String answer(IdeaSummary idea, Texts texts) {
        if (idea.answer() == null || idea.answer().isBlank()) {
            return "";
        }
        return "<h2>%s</h2>\n<p class=\"answer\" id=\"answer\">%s</p>".formatted(texts.text("idea.answer"),
            escapeWithLineBreaks(idea.answer()));
    }

    private static String timeline(IdeaPage page, Texts texts) {
        return page.timeline().stream()
            .map(step -> "  <li><time datetime=\"%s\">%s</time>: %s</li>".formatted(step.occurredAt(),
                texts.date(step.occurredAt()), what(step, texts)))
            .collect(Collectors.joining("\n"));
    }

    private static String what(IdeaPage.Step step, Texts texts) {
        if (step.previousRespondBy() != null && step.respondBy() != null) {
            return "<span class=\"response-date-changed\">" + texts.text("idea.timeline.respondByMoved",
                texts.date(step.previousRespondBy()), texts.date(step.respondBy())) + "</span>" + by(step, texts)
                + (step.note() == null || step.note().isBlank() ? "" : " – " + escape(step.note()));
        }
        return texts.word("status", step.status()) + by(step, texts) + note(step.note(), texts);
    }

    /** Who took the step, as a role; a step recorded before roles were says nothing. */
    private static String by(IdeaPage.Step step, Texts texts) {
        return step.actor() == null ? ""
            : " <span class=\"by\">" + texts.word("idea.timeline.by", step.actor()) + "</span>";
    }

    /** A step's note is a response date when it parses as one, else an answer's text. */
    private static String note(String note, Texts texts) {
        if (note == null || note.isBlank()) {
            return "";
        }
        try {
            return " " + texts.text("idea.timeline.respondBy", texts.date(LocalDate.parse(note)));
        } catch (DateTimeParseException e) {
            return " – " + escape(note);
        }
    }
}
