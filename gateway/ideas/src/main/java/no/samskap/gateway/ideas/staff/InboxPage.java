package no.samskap.gateway.ideas.staff;

import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Innboks": the staff inbox as a page, one section per kind of item with its count, and on each item the forms
 * that handle it. Every form posts to a page route with the CSRF field, so it all works without script; a small
 * script only announces changes. A refused form comes back with the service's problem at its field.
 */
final class InboxPage {

    static final String PATH = "/stab/innboks";
    private static final String PLATFORM = ProposalsMessages.PLATFORM_ACTOR;

    private final Inbox inbox;
    private final InboxForms forms;
    private final Texts texts;
    private final Optional<StaffAction> done;
    private final Optional<FormProblem> problem;

    private InboxPage(Inbox inbox, String csrfToken, Texts texts, Optional<StaffAction> done, Optional<FormProblem> problem) {
        this.inbox = inbox;
        this.forms = new InboxForms(csrfToken, texts, inbox.today(), problem);
        this.texts = texts;
        this.done = done;
        this.problem = problem;
    }

    static String render(Inbox inbox, String csrfToken, Texts texts, Optional<StaffAction> done,
                         Optional<FormProblem> problem) {
        return new InboxPage(inbox, csrfToken, texts, done, problem).render();
    }

    static String forbidden(Texts texts) {
        var main = """
            <h1 id="forbidden">%s</h1>
            <p>%s</p>
            <p><a href="/meg">%s</a></p>""".formatted(texts.text("staff.forbidden.heading"),
            texts.text("staff.forbidden.text"), texts.text("staff.forbidden.toMe"));
        return Page.render(texts, texts.text("staff.forbidden.title"), main, PATH);
    }

    private String render() {
        var main = new StringBuilder();
        main.append("<div id=\"inbox\" data-municipality=\"").append(escape(inbox.municipality()))
            .append("\" data-stream=\"/api/staff/inbox/stream\">\n");
        main.append("<h1>").append(texts.text("staff.heading")).append("</h1>\n");
        main.append("<p id=\"inbox-total\">").append(texts.text("staff.total", inbox.count())).append(' ')
            .append(texts.text("staff.intro", inbox.municipality())).append("</p>\n");
        problem.ifPresent(refused -> main.append(forms.errorSummary(refused)));
        done.ifPresent(action -> main.append("<div id=\"confirmation\" class=\"confirmation\" role=\"status\"><p>")
            .append(texts.text("staff.done." + action.key())).append("</p></div>\n"));
        main.append("<div id=\"inbox-live\" class=\"live-notice\" aria-live=\"polite\" data-changed=\"")
            .append(texts.text("staff.live.changed")).append("\" data-reload=\"").append(texts.text("staff.live.reload"))
            .append("\"></div>\n");
        main.append(contents());
        main.append(section("to-moderate", inbox.toModerate(), this::toModerate));
        main.append(section("hidden-ideas", inbox.hiddenIdeas(), this::hiddenIdea));
        main.append(section("hidden-comments", inbox.hiddenComments(), this::hiddenComment));
        main.append(section("appeals", inbox.appeals(), this::appeal));
        main.append(section("overdue", inbox.overdue(), this::toAnswer));
        main.append(section("due-soon", inbox.dueSoon(), this::toAnswer));
        main.append(section("to-assess", inbox.toAssess(), this::toAssess));
        main.append(section("assessing", inbox.assessing(), this::toAnswer));
        main.append("</div>\n").append(Assets.bundled().scriptTag("staff-inbox.js"));
        var title = problem.isPresent() ? texts.text("staff.error.titlePrefix") + " " + texts.text("staff.title")
            : texts.text("staff.title");
        return Page.render(texts, title, main.toString(), PATH);
    }

    private String contents() {
        var links = new StringBuilder("<nav aria-label=\"").append(texts.text("staff.sections")).append("\">\n<ul id=\"inbox-sections\">\n");
        for (var section : List.of("to-moderate", "hidden-ideas", "hidden-comments", "appeals", "overdue", "due-soon",
            "to-assess", "assessing")) {
            links.append("<li><a href=\"#").append(section).append("\">").append(texts.text("staff.section." + section))
                .append(" (").append(texts.number(countOf(section))).append(")</a></li>\n");
        }
        return links.append("</ul>\n</nav>\n").toString();
    }

    private int countOf(String section) {
        return switch (section) {
            case "to-moderate" -> inbox.toModerate().size();
            case "hidden-ideas" -> inbox.hiddenIdeas().size();
            case "hidden-comments" -> inbox.hiddenComments().size();
            case "appeals" -> inbox.appeals().size();
            case "overdue" -> inbox.overdue().size();
            case "to-assess" -> inbox.toAssess().size();
            case "assessing" -> inbox.assessing().size();
            default -> inbox.dueSoon().size();
        };
    }

    private <T> String section(String id, List<T> items, Function<T, String> item) {
        var html = new StringBuilder();
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n");
        html.append("<h2 id=\"").append(id).append("-heading\">").append(texts.text("staff.section." + id))
            .append(" <span class=\"count\" data-count=\"").append(items.size()).append("\">(")
            .append(texts.number(items.size())).append(")</span></h2>\n");
        if (items.isEmpty()) {
            html.append("<p class=\"empty\">").append(texts.text("staff.empty")).append("</p>\n");
        } else {
            html.append("<ul class=\"inbox-items\">\n");
            items.forEach(each -> html.append("<li>").append(item.apply(each)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</section>\n").toString();
    }

    private String toModerate(Inbox.IdeaToModerate idea) {
        return article(idea.ideaId(), null, idea.title(), idea.body(),
            "<p>" + texts.text("staff.submittedAt", texts.date(idea.submittedAt())) + "</p>",
            forms.form(StaffAction.PUBLISH, idea.ideaId(), null, "")
                + forms.form(StaffAction.REJECT, idea.ideaId(), null, forms.textarea(StaffAction.REJECT, idea.ideaId(), "reason")));
    }

    private String hiddenIdea(Inbox.HiddenIdea idea) {
        var facts = "<p>" + texts.text("staff.hiddenAt", texts.date(idea.hiddenAt())) + " " + hiddenBy(idea.hiddenBy(),
            idea.hiddenByYou()) + "</p>\n<p>" + texts.text("staff.reason", idea.reason()) + "</p>";
        return article(idea.ideaId(), null, idea.title(), idea.body(), facts, forms.form(StaffAction.RESTORE, idea.ideaId(), null,
            forms.textarea(StaffAction.RESTORE, idea.ideaId(), "reason")));
    }

    private String hiddenComment(Inbox.HiddenComment comment) {
        var facts = "<p>" + texts.text("staff.comment.onIdea", comment.ideaTitle()) + "</p>\n<p>"
            + texts.text("staff.hiddenAt", texts.date(comment.hiddenAt())) + " "
            + hiddenBy(comment.hiddenBy(), false) + "</p>\n<p>" + texts.text("staff.reason", comment.reason()) + "</p>";
        return article(comment.ideaId(), comment.commentId(), texts.text("staff.comment.heading"), comment.body(), facts,
            forms.form(StaffAction.RESTORE_COMMENT, comment.ideaId(), comment.commentId(),
                forms.textarea(StaffAction.RESTORE_COMMENT, comment.commentId(), "reason")));
    }

    private String appeal(Inbox.Appeal appeal) {
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
        var decision = appeal.mayDecide() ? forms.form(StaffAction.DECIDE_APPEAL, appeal.ideaId(), null,
            forms.radios(StaffAction.DECIDE_APPEAL, appeal.ideaId(), "upheld", List.of("true", "false"), "staff.upheld.")
                + forms.textarea(StaffAction.DECIDE_APPEAL, appeal.ideaId(), "reason")) : "";
        return article(appeal.ideaId(), null, appeal.title(), appeal.body(), facts.toString(), decision);
    }

    /**
     * Under assessment the response date is committed: proposals refuses a second assessment, so none is offered; the
     * date is moved instead, with a reason the public reads.
     */
    private String toAnswer(Inbox.IdeaToAnswer idea) {
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

    private String toAssess(Inbox.IdeaToAssess idea) {
        var facts = "<p>" + texts.text("staff.publishedAt", texts.date(idea.publishedAt())) + " · "
            + texts.text("board.supports", idea.supportCount()) + "</p>";
        var actions = forms.form(StaffAction.ASSESS, idea.ideaId(), null, forms.dateField(StaffAction.ASSESS, idea.ideaId(), "respondBy"))
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
