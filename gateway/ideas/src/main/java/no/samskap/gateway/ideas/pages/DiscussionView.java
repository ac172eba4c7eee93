package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

import static no.samskap.gateway.shell.web.Html.escapeWithLineBreaks;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The discussion under an idea ({@code discussion.jte}, {@code comment.jte}), one level of answers deep: the
 * municipality's own comments marked as such in words, and for a signed-in viewer the forms to comment, answer, change
 * their own comment while they may, and report.
 */
public final class DiscussionView {

    /** {@code threads} is null when the service could not say. */
    public record View(TemplateTexts t, @Nullable List<Shown> threads, @Nullable PageFormParts.TextForm commentForm,
                       @Nullable String signInHref) {
    }

    /**
     * A comment as shown: {@code body} is null when a moderator hid it from this viewer. {@code hiddenReason} and
     * {@code appealState} (the text saying how the appeal stands) are for its author, whose comment it is.
     */
    public record Shown(TemplateTexts t, String id, boolean official, boolean byFormerParticipant, @Nullable Content body,
                        boolean hiddenFromOthers, @Nullable Content hiddenReason, @Nullable Content appealState,
                        String at, Content date, boolean edited, List<Fold> folds, List<Shown> answers) {
    }

    /** A form folded under its summary, open when it was just refused. */
    public record Fold(Content summary, PageFormParts.TextForm form, boolean open) {
    }

    private DiscussionView() {
    }

    static Content render(IdeaSummary idea, Texts texts, Viewing viewing) {
        var base = "/ideer/" + idea.id();
        var t = new TemplateTexts(texts);
        var threads = viewing.comments().map(all -> all.stream()
            .map(thread -> shown(thread.comment(), thread.answers(), base, texts, viewing)).toList()).orElse(null);
        var form = viewing.signedIn() ? PageFormParts.text("comment-form", base + "/kommentarer", "body",
            texts.text("discussion.write"), texts.text("discussion.hint"), texts.text("discussion.send"), viewing, texts,
            null) : null;
        return IdeaTemplates.part("discussion.jte",
            new View(t, threads, form, viewing.signedIn() ? null : base + "/logg-inn"));
    }

    /** {@code answers} is null for an answer, which cannot be answered in turn. */
    private static Shown shown(ProposalsReading.Comment comment, @Nullable List<ProposalsReading.Comment> answers,
                               String base, Texts texts, Viewing viewing) {
        var t = new TemplateTexts(texts);
        var folds = new java.util.ArrayList<Fold>();
        if (viewing.signedIn()) {
            folds.addAll(forms(comment, base, texts, viewing));
            if (answers != null && comment.body() != null) {
                var id = "reply-" + comment.id();
                folds.add(new Fold(t.get("discussion.reply"), PageFormParts.text(id, base + "/kommentarer", "body",
                    texts.text("discussion.reply.label"), texts.text("discussion.hint"), texts.text("discussion.send"),
                    viewing, texts, comment.id()), PageFormParts.refused(viewing, id)));
            }
        }
        var replies = answers == null ? List.<Shown>of()
            : answers.stream().map(answer -> shown(answer, null, base, texts, viewing)).toList();
        var own = own(comment, viewing);
        return new Shown(t, comment.id(), Boolean.TRUE.equals(comment.official()), comment.writtenByFormerParticipant(),
            comment.body() == null ? null : html(escapeWithLineBreaks(comment.body())), comment.hidden(),
            own && comment.hidden() && comment.hiddenReason() != null
                ? html(escapeWithLineBreaks(comment.hiddenReason())) : null,
            own && comment.appeal() != null ? t.get("discussion.appeal." + comment.appeal()) : null,
            comment.writtenAt().toString(), html(texts.date(comment.writtenAt())), comment.editedAt() != null, folds,
            replies);
    }

    private static List<Fold> forms(ProposalsReading.Comment comment, String base, Texts texts, Viewing viewing) {
        var t = new TemplateTexts(texts);
        var folds = new java.util.ArrayList<Fold>();
        var own = own(comment, viewing);
        if (comment.editableByYou()) {
            var id = "edit-" + comment.id();
            // Until a change is refused, the form holds the comment as it stands.
            var editing = PageFormParts.refused(viewing, id) ? viewing : new Viewing(viewing.signedIn(),
                viewing.subject(), viewing.idea(), viewing.comments(), viewing.csrf(), viewing.done(),
                new Viewing.FormProblem(id, null, comment.body()));
            folds.add(new Fold(t.get("discussion.edit"), PageFormParts.text(id, base + "/kommentarer/" + comment.id(),
                "body", texts.text("discussion.edit.label"), texts.text("discussion.edit.hint"),
                texts.text("discussion.edit.save"), editing, texts, null), PageFormParts.refused(viewing, id)));
        }
        if (!own && comment.body() != null) {
            var id = "report-" + comment.id();
            folds.add(new Fold(t.get("discussion.report"), PageFormParts.text(id,
                base + "/kommentarer/" + comment.id() + "/rapport", "reason", texts.text("idea.report.reason"),
                texts.text("idea.report.hint"), texts.text("idea.report.send"), viewing, texts, null),
                PageFormParts.refused(viewing, id)));
        }
        if (own && comment.hidden() && comment.appeal() == null) {
            var id = "appeal-" + comment.id();
            folds.add(new Fold(t.get("discussion.appeal"), PageFormParts.text(id,
                base + "/kommentarer/" + comment.id() + "/anke", "text", texts.text("discussion.appeal.label"),
                texts.text("discussion.appeal.hint"), texts.text("discussion.appeal.send"), viewing, texts, null),
                PageFormParts.refused(viewing, id)));
        }
        return folds;
    }

    private static boolean own(ProposalsReading.Comment comment, Viewing viewing) {
        return comment.authorId() != null && comment.authorId().equals(viewing.subject());
    }
}
