package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;
import static no.samskap.gateway.shell.web.Html.escapeWithLineBreaks;

/**
 * The discussion under an idea, one level of answers deep: the municipality's own comments marked as such in words,
 * and for a signed-in viewer the forms to comment, answer, change their own comment while they may, and report.
 */
final class DiscussionView {

    private DiscussionView() {
    }

    static String render(IdeaSummary idea, Texts texts, Viewing viewing) {
        var base = "/ideer/" + escape(idea.id());
        var parts = new ArrayList<String>();
        parts.add("<section class=\"discussion\" aria-labelledby=\"discussion-heading\">");
        parts.add("<h2 id=\"discussion-heading\">" + texts.text("discussion.heading") + "</h2>");
        if (viewing.comments().isEmpty()) {
            parts.add("<p class=\"unavailable\">" + texts.text("discussion.unavailable") + "</p>");
        } else if (viewing.comments().get().isEmpty()) {
            parts.add("<p class=\"empty\">" + texts.text("discussion.empty") + "</p>");
        } else {
            parts.add("<ol class=\"comments\">\n" + viewing.comments().get().stream()
                .map(thread -> comment(thread.comment(), thread.answers(), base, texts, viewing))
                .collect(Collectors.joining("\n")) + "\n</ol>");
        }
        if (viewing.signedIn()) {
            parts.add(PageFormParts.text("comment-form", base + "/kommentarer", viewing.csrf(), "body",
                texts.text("discussion.write"), texts.text("discussion.hint"), texts.text("discussion.send"), viewing,
                texts, ""));
        } else {
            parts.add("<p><a href=\"" + base + "/logg-inn\" id=\"sign-in-to-comment\">" + texts.text("discussion.signIn") + "</a></p>");
        }
        parts.add("</section>");
        return String.join("\n", parts);
    }

    private static String comment(ProposalsReading.Comment comment, List<ProposalsReading.Comment> answers, String base,
                                  Texts texts, Viewing viewing) {
        var id = escape(comment.id());
        var official = Boolean.TRUE.equals(comment.official())
            ? "<p class=\"official-mark\"><strong>" + texts.text("discussion.official") + "</strong></p>\n" : "";
        var text = comment.body() == null
            ? "<p class=\"hidden-comment\">" + texts.text("discussion.hidden") + "</p>"
            : "<p class=\"comment-body\">" + escapeWithLineBreaks(comment.body()) + "</p>"
                + (comment.hidden() ? "\n<p class=\"hidden-comment\">" + texts.text("discussion.hiddenYours") + "</p>" : "");
        var edited = comment.editedAt() == null ? "" : " " + texts.text("discussion.edited");
        var forms = viewing.signedIn() ? forms(comment, base, texts, viewing) : "";
        var replies = answers == null || answers.isEmpty() ? "" : "\n<ol class=\"answers\">\n" + answers.stream()
            .map(answer -> comment(answer, null, base, texts, viewing)).collect(Collectors.joining("\n")) + "\n</ol>";
        var reply = answers != null && viewing.signedIn() && comment.body() != null
            ? details("reply-" + id, texts.text("discussion.reply"), PageFormParts.text("reply-" + id,
                base + "/kommentarer", viewing.csrf(), "body", texts.text("discussion.reply.label"),
                texts.text("discussion.hint"), texts.text("discussion.send"), viewing, texts,
                "\n  <input type=\"hidden\" name=\"parentId\" value=\"" + id + "\">"), viewing)
            : "";
        return """
            <li class="comment%s" id="comment-%s" data-comment-id="%s">
            %s%s
            <p class="comment-meta"><time datetime="%s">%s</time>%s</p>
            %s%s%s
            </li>""".formatted(Boolean.TRUE.equals(comment.official()) ? " official" : "", id, id, official, text,
            comment.writtenAt(), texts.date(comment.writtenAt()), edited, forms, reply, replies);
    }

    private static String forms(ProposalsReading.Comment comment, String base, Texts texts, Viewing viewing) {
        var id = escape(comment.id());
        var own = comment.authorId() != null && comment.authorId().equals(viewing.subject());
        var forms = new ArrayList<String>();
        if (comment.editableByYou()) {
            var typed = viewing.problem() != null && viewing.problem().form().equals("edit-" + id) ? null : comment.body();
            var editing = typed == null ? viewing : new Viewing(viewing.signedIn(), viewing.subject(), viewing.idea(),
                viewing.comments(), viewing.csrf(), viewing.done(), new Viewing.FormProblem("edit-" + id, null, typed));
            forms.add(details("edit-" + id, texts.text("discussion.edit"), PageFormParts.text("edit-" + id,
                base + "/kommentarer/" + id, viewing.csrf(), "body", texts.text("discussion.edit.label"),
                texts.text("discussion.edit.hint"), texts.text("discussion.edit.save"), editing, texts, ""), viewing));
        }
        if (!own && comment.body() != null) {
            forms.add(details("report-" + id, texts.text("discussion.report"), PageFormParts.text("report-" + id,
                base + "/kommentarer/" + id + "/rapport", viewing.csrf(), "reason", texts.text("idea.report.reason"),
                texts.text("idea.report.hint"), texts.text("idea.report.send"), viewing, texts, ""), viewing));
        }
        return String.join("\n", forms);
    }

    private static String details(String form, String summary, String content, Viewing viewing) {
        var open = viewing.problem() != null && viewing.problem().form().equals(form) && viewing.problem().refusal() != null
            ? " open" : "";
        return "<details%s><summary>%s</summary>\n%s\n</details>".formatted(open, summary, content);
    }
}
