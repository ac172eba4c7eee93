package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.ArrayList;
import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * What the viewer may do with the idea itself ({@code ideaActions.jte}): support it, follow it, report it, and for
 * its author edit or withdraw it. Anonymous visitors get a link to sign in instead; the service decides in the end.
 */
public final class IdeaActionsView {

    public record View(TemplateTexts t, @Nullable String signInHref, boolean available,
                       @Nullable PageFormParts.ButtonForm support, @Nullable PageFormParts.ButtonForm follow,
                       @Nullable PageFormParts.ButtonForm withdraw, @Nullable String editHref, List<Refused> refusals,
                       @Nullable PageFormParts.TextForm report, boolean reportOpen) {
    }

    /** A refused button: its form's id and why, in the page's words. */
    public record Refused(String form, Content message) {
    }

    private IdeaActionsView() {
    }

    static Content render(IdeaSummary idea, Texts texts, Viewing viewing) {
        var t = new TemplateTexts(texts);
        var base = "/ideer/" + idea.id();
        if (!viewing.signedIn()) {
            return IdeaTemplates.part("ideaActions.jte", new View(t, base + "/logg-inn", false, null, null, null, null,
                List.of(), null, false));
        }
        if (viewing.idea().isEmpty()) {
            return IdeaTemplates.part("ideaActions.jte", new View(t, null, false, null, null, null, null, List.of(),
                null, false));
        }
        var seen = viewing.idea().get();
        var csrf = viewing.csrf();
        var support = viewing.isAuthor() ? null : seen.supportedByYou()
            ? PageFormParts.button("support", base + "/stotte", csrf, "give", "false",
                texts.text("idea.support.withdraw"), "secondary")
            : PageFormParts.button("support", base + "/stotte", csrf, "give", "true", texts.text("idea.support.give"),
                "primary");
        var follow = seen.followedByYou()
            ? PageFormParts.button("follow", base + "/folg", csrf, "follow", "false", texts.text("idea.follow.stop"),
                "secondary")
            : PageFormParts.button("follow", base + "/folg", csrf, "follow", "true", texts.text("idea.follow.start"),
                "secondary");
        var withdraw = viewing.mayWithdraw() ? PageFormParts.button("withdraw-idea", base + "/trekk", csrf, "confirm",
            "true", texts.text("idea.withdraw"), "tertiary") : null;
        var refusals = new ArrayList<Refused>();
        for (var form : List.of("support", "follow", "withdraw-idea")) {
            if (PageFormParts.refused(viewing, form)) {
                refusals.add(new Refused(form, html(viewing.problem().refusal().general(texts, List.of()))));
            }
        }
        var report = viewing.isAuthor() ? null : PageFormParts.text("report-idea", base + "/rapport", "reason",
            texts.text("idea.report.reason"), texts.text("idea.report.hint"), texts.text("idea.report.send"), viewing,
            texts, null);
        return IdeaTemplates.part("ideaActions.jte", new View(t, null, true, support, follow, withdraw,
            viewing.mayEdit() ? base + "/endre" : null, refusals, report, PageFormParts.refused(viewing, "report-idea")));
    }
}
