package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * What the viewer may do with the idea itself: support it, follow it, report it, and for its author edit or
 * withdraw it. Anonymous visitors get a link to sign in instead; the service decides in the end.
 */
final class IdeaActionsView {

    private IdeaActionsView() {
    }

    static String render(IdeaSummary idea, Texts texts, Viewing viewing) {
        var base = "/ideer/" + escape(idea.id());
        if (!viewing.signedIn()) {
            return "<p class=\"sign-in-to-act\"><a href=\"%s/logg-inn\" id=\"sign-in-to-support\">%s</a></p>\n"
                .formatted(base, texts.text("idea.signInToTakePart"));
        }
        if (viewing.idea().isEmpty()) {
            return "<p class=\"unavailable\" role=\"status\">" + texts.text("idea.actionsUnavailable") + "</p>\n";
        }
        var seen = viewing.idea().get();
        var parts = new ArrayList<String>();
        parts.add("<h2 class=\"visually-hidden\">" + texts.text("idea.actions") + "</h2>");
        if (!viewing.isAuthor()) {
            parts.add(seen.supportedByYou()
                ? PageFormParts.button("support", base + "/stotte", viewing.csrf(), "give", "false",
                    texts.text("idea.support.withdraw"))
                : PageFormParts.button("support", base + "/stotte", viewing.csrf(), "give", "true",
                    texts.text("idea.support.give")));
        }
        parts.add(seen.followedByYou()
            ? PageFormParts.button("follow", base + "/folg", viewing.csrf(), "follow", "false", texts.text("idea.follow.stop"))
            : PageFormParts.button("follow", base + "/folg", viewing.csrf(), "follow", "true", texts.text("idea.follow.start")));
        problemOf("support", texts, viewing, parts);
        problemOf("follow", texts, viewing, parts);
        if (viewing.mayEdit()) {
            parts.add("<p><a href=\"%s/endre\" id=\"edit-idea\">%s</a></p>".formatted(base, texts.text("idea.edit")));
        }
        if (viewing.mayWithdraw()) {
            parts.add(PageFormParts.button("withdraw-idea", base + "/trekk", viewing.csrf(), "confirm", "true",
                texts.text("idea.withdraw")));
            problemOf("withdraw-idea", texts, viewing, parts);
        }
        if (!viewing.isAuthor()) {
            var open = viewing.problem() != null && "report-idea".equals(viewing.problem().form()) ? " open" : "";
            parts.add("<details class=\"report\"%s><summary>%s</summary>\n%s\n</details>".formatted(open,
                texts.text("idea.report"), PageFormParts.text("report-idea", base + "/rapport", viewing.csrf(), "reason",
                    texts.text("idea.report.reason"), texts.text("idea.report.hint"), texts.text("idea.report.send"),
                    viewing, texts, "")));
        }
        return "<section class=\"idea-actions\" aria-label=\"%s\">\n%s\n</section>\n".formatted(texts.text("idea.actions"),
            String.join("\n", parts));
    }

    private static void problemOf(String form, Texts texts, Viewing viewing, ArrayList<String> parts) {
        if (viewing.problem() != null && viewing.problem().form().equals(form)) {
            parts.add("<p class=\"field-error\" role=\"alert\" id=\"%s-error\">%s</p>".formatted(form,
                viewing.problem().refusal().general(texts, java.util.List.of())));
        }
    }
}
