package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.ideas.readmodel.IdeaPetition;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escapeWithLineBreaks;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The innbyggerforslag on an idea page ({@code petition.jte}): the count against the threshold, the council's deadline
 * and decision for everyone; the author's button to start it and to send it once reached; a resident's signature; the
 * staff's forms for the council's handling. Nobody's signature but the viewer's own is ever known here.
 */
public final class PetitionView {

    static final List<String> STARTABLE = List.of("published", "under-assessment");

    /** Who looks: the author, a resident or staff of the idea's municipality, and whether they signed. */
    record Viewer(boolean author, boolean residentHere, boolean staffHere, boolean signedByYou) {
    }

    public record View(TemplateTexts t, @Nullable Content status, @Nullable Content count, @Nullable Content deadline,
                       @Nullable Content overdue, @Nullable Content decision, @Nullable String caseUrl,
                       @Nullable PageFormParts.ButtonForm start, @Nullable PageFormParts.ButtonForm sign,
                       @Nullable PageFormParts.ButtonForm send, @Nullable Staff staff, @Nullable Content refused) {
    }

    /** The staff's two forms, with the field errors of a refused one and what was typed in it. */
    public record Staff(String action, String refusalAction, String csrfField, String csrf, String today,
                        @Nullable Content meetingDateError, @Nullable Content decisionError,
                        @Nullable Content caseUrlError, @Nullable Content reasonError, Content typed) {
    }

    private PetitionView() {
    }

    /** Null when there is nothing to show: no innbyggerforslag, and the viewer cannot start one. */
    static @Nullable Content render(IdeaSummary idea, Optional<IdeaPetition> petition, Viewer viewer, Texts texts,
                                    Viewing viewing, LocalDate today) {
        var t = new TemplateTexts(texts);
        var base = "/ideer/" + idea.id() + "/innbyggerforslag";
        var csrf = viewing.csrf();
        var refused = refusal(viewing, texts);
        if (petition.isEmpty()) {
            if (!viewer.author() || !STARTABLE.contains(idea.status())) {
                return null;
            }
            var start = PageFormParts.button("petition-start", base, csrf, "confirm", "true",
                texts.text("petition.start"), "secondary");
            return IdeaTemplates.part("petition.jte", new View(t, null, null, null, null, null, null, start, null, null,
                null, refused));
        }
        var shown = petition.get();
        var collecting = shown.isCollecting();
        var sign = collecting && viewer.residentHere() ? viewer.signedByYou()
            ? PageFormParts.button("petition-sign", base + "/signatur", csrf, "give", "false",
                texts.text("petition.unsign"), "secondary")
            : PageFormParts.button("petition-sign", base + "/signatur", csrf, "give", "true", texts.text("petition.sign"),
                "primary") : null;
        var send = collecting && viewer.author() && shown.isReached()
            ? PageFormParts.button("petition-send", base + "/sending", csrf, "confirm", "true", texts.text("petition.send"),
                "primary") : null;
        var staff = "sent".equals(shown.status()) && viewer.staffHere() ? staffForms(base, viewing, texts, today) : null;
        return IdeaTemplates.part("petition.jte", new View(t, t.get("petition.status." + shown.status()),
            t.get("petition.count", shown.signatureCount(), shown.threshold()),
            shown.councilDeadline() == null ? null : t.get("petition.deadline", texts.date(shown.councilDeadline())),
            shown.isOverdue(today) ? t.get("petition.overdue", texts.date(shown.councilDeadline())) : null,
            decision(shown, texts), shown.caseUrl(), null, sign, send, staff, refused));
    }

    /** The board card's badge: how far it has come, or null for an idea without one. */
    static @Nullable Content badge(@Nullable IdeaPetition petition, Texts texts, LocalDate today) {
        if (petition == null) {
            return null;
        }
        if (petition.isOverdue(today)) {
            return html(texts.text("board.petition.overdue"));
        }
        return html(texts.text("board.petition." + petition.status(), petition.signatureCount(), petition.threshold()));
    }

    private static @Nullable Content decision(IdeaPetition petition, Texts texts) {
        if (petition.decision() == null) {
            return null;
        }
        var text = escapeWithLineBreaks(petition.decision());
        return petition.meetingDate() == null ? html(text)
            : html(texts.text("petition.meeting", texts.date(petition.meetingDate())) + " " + text);
    }

    private static Staff staffForms(String base, Viewing viewing, Texts texts, LocalDate today) {
        var problem = viewing.problem();
        var refusal = problem != null && problem.form().startsWith("petition-") && problem.refusal() != null
            ? problem.refusal() : null;
        return new Staff(base + "/behandling", base + "/avvisning", CsrfTokens.FIELD, viewing.csrf(), today.toString(),
            fieldError(refusal, "meetingDate", texts), fieldError(refusal, "decision", texts),
            fieldError(refusal, "caseUrl", texts), fieldError(refusal, "reason", texts),
            html(IdeaFormView.textareaContent(problem == null ? "" : problem.typed())));
    }

    private static @Nullable Content fieldError(@Nullable Refusal refusal, String field, Texts texts) {
        if (refusal == null) {
            return null;
        }
        var message = refusal.messageFor(field, texts);
        return message == null ? null : html(message);
    }

    /** A refused button or form of the petition, in the page's words, when the refusal names no field of its own. */
    private static @Nullable Content refusal(Viewing viewing, Texts texts) {
        var problem = viewing.problem();
        if (problem == null || problem.refusal() == null || !problem.form().startsWith("petition-")) {
            return null;
        }
        var general = problem.refusal().general(texts, List.of("meetingDate", "decision", "caseUrl", "reason"));
        return general == null ? null : html(general);
    }
}
