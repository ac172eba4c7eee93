package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.ideas.readmodel.IdeaPage;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static no.samskap.gateway.shell.web.Html.escapeWithLineBreaks;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * One idea ({@code idea.jte}): its text, where it stands, the municipality's answer, the public timeline, what the
 * viewer may do ({@link IdeaActionsView}), the panels of other modules and the discussion ({@link DiscussionView}).
 */
public final class IdeaView {

    /** {@code hiddenReason}: the moderator's words, shown only to the author of a hidden idea; else null. */
    public record View(TemplateTexts t, @Nullable Content done, @Nullable String hiddenReason, String id, String municipality, String title,
                       Content body, Content status, String statusColor, Content serviceArea, @Nullable String place,
                       Content respondBy, @Nullable Content overdue, Content supports, @Nullable Content author,
                       @Nullable Content thresholdReached, Content actions, @Nullable Content answer,
                       List<Step> timeline, @Nullable Content petition, Content panels, Content discussion,
                       Content script) {
    }

    /**
     * One line of the timeline: {@code what} the step was, {@code by} whom as a role, then {@code tail}, the rest
     * of the sentence the step's wording needs; {@code note} is what staff wrote, shown as the person wrote it.
     */
    public record Step(String at, Content date, Content what, boolean moved, @Nullable Content by,
                       @Nullable Content tail, @Nullable Content respondBy, @Nullable String note) {
    }

    private IdeaView() {
    }

    /**
     * {@code panels}: what other modules add below the idea ({@code PagePanel}s of the page "idea"), safe already;
     * {@code petition}: its innbyggerforslag ({@link PetitionView}), null for none.
     */
    static String render(IdeaPage page, @Nullable String hiddenReason, Texts texts, Viewing viewing,
                         @Nullable Content petition, String panels, String municipalityName, LocalDate today) {
        var idea = page.idea();
        var t = new TemplateTexts(texts);
        var done = viewing.done() != null && texts.has("idea.done." + viewing.done())
            ? t.get("idea.done." + viewing.done()) : null;
        var answer = idea.answer() == null || idea.answer().isBlank() ? null : html(escapeWithLineBreaks(idea.answer()));
        var place = page.place() == null || page.place().isBlank() ? null : page.place();
        var view = new View(t, done, hiddenReason, idea.id(), idea.municipality(), idea.title(), html(escapeWithLineBreaks(idea.body())),
            html(texts.word("status", idea.status())), IdeaTemplates.statusColor(idea.status()),
            html(texts.word("serviceArea", idea.serviceArea())), place,
            respondBy(idea, texts), ResponseDue.missed(idea, today).map(due -> t.get("idea.overdue", texts.date(due)))
                .orElse(null),
            t.number(idea.supportCount()), page.byFormerParticipant() ? t.get("formerParticipant") : null,
            idea.thresholdReachedAt() == null ? null
                : t.get("idea.thresholdReached", texts.date(idea.thresholdReachedAt())),
            IdeaActionsView.render(idea, texts, viewing), answer,
            page.timeline().stream().map(step -> step(step, texts)).toList(), petition, html(panels),
            DiscussionView.render(idea, texts, viewing), html(Assets.bundled().scriptTag("live-idea.js")));
        var board = "/kommuner/" + idea.municipality() + "/ideer";
        return Page.render(texts, texts.text("idea.title", idea.title()), IdeaTemplates.render("idea.jte", view),
            "/ideer/" + idea.id(), PageDetails.NONE.inMunicipality(idea.municipality())
                .describedAs(texts.text("idea.description", idea.title(), municipalityName))
                .withBreadcrumbs(PageDetails.Breadcrumb.to("/", "Samskap"),
                    PageDetails.Breadcrumb.to(board, texts.text("board.heading", municipalityName)),
                    PageDetails.Breadcrumb.here(texts.text("idea.breadcrumb"))));
    }

    /** Once answered, the date is history rather than a promise still pending. */
    private static Content respondBy(IdeaSummary idea, Texts texts) {
        var t = new TemplateTexts(texts);
        if (idea.respondBy() == null) {
            return t.get("idea.respondBy.none");
        }
        return ResponseDue.answered(idea) ? t.get("idea.respondBy.answered", texts.date(idea.respondBy()))
            : t.date(idea.respondBy());
    }

    private static Step step(IdeaPage.Step step, Texts texts) {
        var t = new TemplateTexts(texts);
        var at = step.occurredAt().toString();
        var by = step.actor() == null || !texts.has("idea.timeline.by." + step.actor()) ? null
            : t.get("idea.timeline.by." + step.actor());
        var hasNote = step.note() != null && !step.note().isBlank();
        if (step.previousRespondBy() != null && step.respondBy() != null) {
            return new Step(at, html(texts.date(step.occurredAt())), t.get("idea.timeline.respondByMoved",
                texts.date(step.previousRespondBy()), texts.date(step.respondBy())), true, by, null, null,
                hasNote ? step.note() : null);
        }
        var what = texts.has("idea.timeline.step." + step.status()) ? t.get("idea.timeline.step." + step.status())
            : html(texts.word("status", step.status()));
        var tail = texts.has("idea.timeline.tail." + step.status()) ? t.get("idea.timeline.tail." + step.status()) : null;
        var respondBy = hasNote ? responseDate(step.note()) : null;
        return new Step(at, html(texts.date(step.occurredAt())), what, false, by, tail,
            respondBy == null ? null : t.get("idea.timeline.respondBy", texts.date(respondBy)),
            hasNote && respondBy == null ? step.note() : null);
    }

    /** A step's note is a response date when it parses as one, else an answer's text. */
    private static LocalDate responseDate(String note) {
        try {
            return LocalDate.parse(note);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
