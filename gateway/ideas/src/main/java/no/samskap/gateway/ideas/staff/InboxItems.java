package no.samskap.gateway.ideas.staff;

import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.function.Function;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The items of the ideas module's inbox sections, each with the forms that handle it. Every form posts to a page
 * route below the inbox with the CSRF field; a refused form comes back with the service's problem at its field.
 */
final class InboxItems {

    private static final String PLATFORM = ProposalsMessages.PLATFORM_ACTOR;

    private final InboxForms forms;
    private final Texts texts;

    InboxItems(InboxView view) {
        this.forms = new InboxForms(view.csrfToken(), view.texts(), view.today(), view.refusal(FormProblem.class));
        this.texts = view.texts();
    }

    /** The items as the list a section shows. */
    static <T> String list(List<T> items, Function<T, String> item) {
        var html = new StringBuilder("<ul class=\"inbox-items\">\n");
        items.forEach(each -> html.append("<li>").append(item.apply(each)).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }

    /**
     * How many of the section's items the page shows, and links to the section's next page and, on a later page, back
     * to its first; each keeps the reader at the section.
     */
    static String paging(Texts texts, String section, Paged<?> page, boolean later) {
        if (page.next().isEmpty() && !later) {
            return "";
        }
        var html = new StringBuilder("<p class=\"inbox-paging\">")
            .append(texts.text("staff.page.shown", page.items().size(), page.count()));
        page.next().ifPresent(cursor -> html.append(" <a rel=\"next\" href=\"").append(escape(StaffInboxPages.PATH
                + "?" + ListSection.SECTION_PARAMETER + "=" + section + "&" + ListSection.AFTER_PARAMETER + "=" + cursor
                + "#" + section)).append("\">").append(texts.text("staff.page.next")).append("</a>"));
        if (later) {
            html.append(" <a href=\"").append(escape(StaffInboxPages.PATH + "#" + section)).append("\">")
                .append(texts.text("staff.page.first")).append("</a>");
        }
        return html.append("</p>\n").toString();
    }

    String toModerate(Inbox.IdeaToModerate idea) {
        return article(idea.ideaId(), null, idea.title(), idea.body(),
            "<p>" + texts.text("staff.submittedAt", texts.date(idea.submittedAt())) + "</p>",
            forms.form(StaffAction.PUBLISH, idea.ideaId(), null, "")
                + forms.form(StaffAction.REJECT, idea.ideaId(), null,
                    forms.textarea(StaffAction.REJECT, idea.ideaId(), "reason")));
    }

    String hiddenIdea(Inbox.HiddenIdea idea) {
        var facts = "<p>" + texts.text("staff.hiddenAt", texts.date(idea.hiddenAt())) + " " + hiddenBy(idea.hiddenBy(),
            idea.hiddenByYou()) + "</p>\n<p>" + texts.text("staff.reason", idea.reason()) + "</p>"
            + reports(idea.reports());
        return article(idea.ideaId(), null, idea.title(), idea.body(), facts, forms.form(StaffAction.RESTORE, idea.ideaId(), null,
            forms.textarea(StaffAction.RESTORE, idea.ideaId(), "reason")));
    }

    String hiddenComment(Inbox.HiddenComment comment) {
        var facts = "<p>" + texts.text("staff.comment.onIdea", comment.ideaTitle()) + "</p>\n<p>"
            + texts.text("staff.hiddenAt", texts.date(comment.hiddenAt())) + " "
            + hiddenBy(comment.hiddenBy(), false) + "</p>\n<p>" + texts.text("staff.reason", comment.reason()) + "</p>"
            + reports(comment.reports());
        return article(comment.ideaId(), comment.commentId(), texts.text("staff.comment.heading"), comment.body(), facts,
            forms.form(StaffAction.RESTORE_COMMENT, comment.ideaId(), comment.commentId(),
                forms.textarea(StaffAction.RESTORE_COMMENT, comment.commentId(), "reason")));
    }

    /**
     * A published idea has its hide form in the section that waits for its assessment; any other status gets it
     * here, so no form appears twice.
     */
    String reportedIdea(Inbox.ReportedIdea idea) {
        var facts = "<p>" + texts.word("status", idea.status()) + "</p>" + reports(idea.reports());
        var actions = "published".equals(idea.status()) ? ""
            : forms.form(StaffAction.HIDE, idea.ideaId(), null, forms.textarea(StaffAction.HIDE, idea.ideaId(), "reason"));
        return article(idea.ideaId(), null, idea.title(), idea.body(), facts, actions);
    }

    String reportedComment(Inbox.ReportedComment comment) {
        var facts = "<p>" + texts.text("staff.comment.onIdea", comment.ideaTitle()) + "</p>" + reports(comment.reports());
        return article(comment.ideaId(), comment.commentId(), texts.text("staff.comment.heading"), comment.body(), facts,
            forms.form(StaffAction.HIDE_COMMENT, comment.ideaId(), comment.commentId(),
                forms.textarea(StaffAction.HIDE_COMMENT, comment.commentId(), "reason")));
    }

    /** What people gave as their reasons, as they wrote them. */
    private String reports(List<String> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        var html = new StringBuilder("\n<p>").append(texts.text("staff.reports", reasons.size()))
            .append("</p>\n<ul class=\"report-reasons\">");
        reasons.forEach(reason -> html.append("<li dir=\"auto\">").append(escape(reason)).append("</li>"));
        return html.append("</ul>").toString();
    }

    String appeal(Inbox.Appeal appeal) {
        var facts = new StringBuilder();
        facts.append("<p>").append(texts.text("staff.appealedAt", texts.date(appeal.appealedAt()))).append(' ')
            .append(texts.text("staff.against." + appeal.against())).append("</p>\n");
        if (appeal.reason() != null) {
            facts.append("<p>").append(texts.text("staff.reason", appeal.reason())).append("</p>\n");
        }
        String who;
        if (appeal.decidedByYou()) {
            who = texts.text("staff.decidedBy.you");
        } else if (PLATFORM.equals(appeal.decidedBy())) {
            who = texts.text("staff.decidedBy.platform");
        } else {
            who = texts.text("staff.decidedBy.other", appeal.decidedBy() == null ? "?" : appeal.decidedBy());
        }
        facts.append("<p class=\"decided-by\" data-decided-by-you=\"").append(appeal.decidedByYou()).append("\">")
            .append(who).append("</p>");
        var decision = appeal.mayDecide() ? decisionForm(StaffAction.DECIDE_APPEAL, appeal.ideaId(), null) : "";
        return article(appeal.ideaId(), null, appeal.title(), appeal.body(), facts.toString(), decision);
    }

    /** As for an idea, the one who hid the comment sees the appeal but gets no form to decide it. */
    String commentAppeal(Inbox.CommentAppeal appeal) {
        var facts = "<p>" + texts.text("staff.comment.onIdea", appeal.ideaTitle()) + "</p>\n<p>"
            + texts.text("staff.appealedAt", texts.date(appeal.appealedAt())) + " "
            + texts.text("staff.against.comment-hidden") + "</p>\n<p>" + texts.text("staff.reason", appeal.reason())
            + "</p>\n<p class=\"decided-by\" data-decided-by-you=\"" + appeal.hiddenByYou() + "\">"
            + hiddenBy(appeal.hiddenBy(), appeal.hiddenByYou()) + "</p>";
        var decision = appeal.hiddenByYou() ? ""
            : decisionForm(StaffAction.DECIDE_COMMENT_APPEAL, appeal.ideaId(), appeal.commentId());
        return article(appeal.ideaId(), appeal.commentId(), texts.text("staff.comment.heading"), appeal.body(), facts,
            decision);
    }

    /** Upheld or not, with a reason; {@code commentId} null for an idea's appeal. */
    private String decisionForm(StaffAction action, String ideaId, String commentId) {
        var item = commentId == null ? ideaId : commentId;
        return forms.form(action, ideaId, commentId, forms.radios(action, item, "upheld", List.of("true", "false"),
            "staff.upheld.") + forms.textarea(action, item, "reason"));
    }

    /**
     * Under assessment the response date is committed: proposals refuses a second assessment, so none is offered; the
     * date is moved instead, with a reason the public reads.
     */
    String toAnswer(Inbox.IdeaToAnswer idea) {
        var days = idea.daysLeft() < 0 ? texts.text("staff.daysOverdue", -idea.daysLeft())
            : texts.text("staff.daysLeft", idea.daysLeft());
        var facts = "<p>" + texts.text("staff.respondBy", texts.date(idea.respondBy())) + " (" + days + ")</p>";
        var actions = forms.form(StaffAction.ANSWER, idea.ideaId(), null,
                forms.radios(StaffAction.ANSWER, idea.ideaId(), "outcome", List.of("accepted", "not-possible", "already-exists"),
                    "status.") + forms.textarea(StaffAction.ANSWER, idea.ideaId(), "answer"))
            + forms.form(StaffAction.CHANGE_RESPONSE_DATE, idea.ideaId(), null,
                forms.dateField(StaffAction.CHANGE_RESPONSE_DATE, idea.ideaId(), "respondBy")
                    + forms.textarea(StaffAction.CHANGE_RESPONSE_DATE, idea.ideaId(), "reason"))
            + forms.form(StaffAction.HIDE, idea.ideaId(), null, forms.textarea(StaffAction.HIDE, idea.ideaId(), "reason"));
        return article(idea.ideaId(), null, idea.title(), null, facts, actions);
    }

    String toAssess(Inbox.IdeaToAssess idea) {
        var facts = "<p>" + texts.text("staff.publishedAt", texts.date(idea.publishedAt())) + " · "
            + texts.text("board.supports", idea.supportCount())
            + (idea.thresholdReachedAt() == null ? "" : " · <span class=\"ds-tag threshold-reached\" data-color=\"success\">"
                + texts.text("idea.thresholdReached", texts.date(idea.thresholdReachedAt())) + "</span>")
            + "</p>";
        var actions = forms.form(StaffAction.ASSESS, idea.ideaId(), null,
                forms.dateField(StaffAction.ASSESS, idea.ideaId(), "respondBy"))
            + forms.form(StaffAction.ANSWER, idea.ideaId(), null,
                forms.radios(StaffAction.ANSWER, idea.ideaId(), "outcome", List.of("accepted", "not-possible", "already-exists"),
                    "status.") + forms.textarea(StaffAction.ANSWER, idea.ideaId(), "answer"))
            + forms.form(StaffAction.HIDE, idea.ideaId(), null, forms.textarea(StaffAction.HIDE, idea.ideaId(), "reason"));
        return article(idea.ideaId(), null, idea.title(), idea.body(), facts, actions);
    }

    private String hiddenBy(String by, boolean byYou) {
        if (byYou) {
            return texts.text("staff.hiddenBy.you");
        }
        return PLATFORM.equals(by) ? texts.text("staff.hiddenBy.platform") : texts.text("staff.hiddenBy.other");
    }

    private String article(String ideaId, String commentId, String title, String body, String facts, String actions) {
        var html = new StringBuilder("<article class=\"inbox-item\" data-idea-id=\"").append(escape(ideaId)).append('"');
        if (commentId != null) {
            html.append(" data-comment-id=\"").append(escape(commentId)).append('"');
        }
        html.append(">\n<h3>").append(commentId == null ? escape(title) : title).append("</h3>\n");
        if (body != null) {
            html.append("<blockquote class=\"item-text\">").append(escape(body).replace("\n", "<br>\n"))
                .append("</blockquote>\n");
        }
        return html.append(facts).append('\n').append(actions).append("</article>").toString();
    }

}
