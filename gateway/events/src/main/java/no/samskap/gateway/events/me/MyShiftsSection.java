package no.samskap.gateway.events.me;

import jakarta.inject.Singleton;
import no.samskap.gateway.events.commands.MyStanding;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.CsrfTokens;

import java.time.Instant;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** "Mine vakter": the volunteer shifts the person signed up for or waits for, asked live of the events service. */
@Singleton
final class MyShiftsSection implements MyPageSection {

    static final String ANCHOR = "my-shifts";

    private final MyEventStanding standing;

    MyShiftsSection(MyEventStanding standing) {
        this.standing = standing;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "ev.me.shifts", 75);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var texts = viewer.texts();
        var asked = standing.ask(token -> standing.reads().shifts(token));
        if (asked.isEmpty()) {
            return Optional.of("<p>" + texts.text("ev.me.unavailable") + "</p>\n");
        }
        if (asked.get().isEmpty()) {
            return Optional.empty();
        }
        var times = new EventTimes(texts.language());
        var html = new StringBuilder("<ul class=\"ds-list my-shifts\">\n");
        for (var shift : asked.get()) {
            html.append("  <li data-shift-id=\"").append(escape(shift.shiftId())).append("\">")
                .append(escape(Optional.ofNullable(shift.role()).orElse(""))).append(" – <a class=\"ds-link\" href=\"/arrangementer/")
                .append(escape(shift.eventId())).append("#shift-").append(escape(shift.shiftId())).append("\">")
                .append(escape(Optional.ofNullable(shift.eventTitle()).orElse(shift.eventId()))).append("</a>");
            if (shift.startsAt() != null && shift.endsAt() != null) {
                html.append(" – <time datetime=\"").append(EventTimes.iso(shift.startsAt())).append("\">")
                    .append(escape(times.span(shift.startsAt(), shift.endsAt()))).append("</time>");
            }
            html.append(" – ").append(shift.waiting() ? texts.text("ev.me.shiftWaiting", shift.waitingPosition())
                : texts.text("ev.me.shiftPlaced"));
            if (shift.absence() != null) {
                html.append(" – ").append(texts.text(shift.absence().minutesLate() == null
                    ? "ev.absence.reported." + shift.absence().kind() : "ev.absence.reported.late",
                    shift.absence().minutesLate()));
            }
            if (shift.changeable(Instant.now())) {
                html.append(forms(viewer, shift));
            }
            html.append("</li>\n");
        }
        return Optional.of(html.append("</ul>\n").toString());
    }

    /** Leave the shift, and for a placed volunteer: say they are ill or late. Both lead back here. */
    private static String forms(MyPageViewer viewer, MyStanding.Shift shift) {
        var texts = viewer.texts();
        var action = "/arrangementer/" + escape(shift.eventId()) + "/vakter/" + escape(shift.shiftId());
        var id = escape(shift.shiftId());
        var hidden = "<input type=\"hidden\" name=\"" + CsrfTokens.FIELD + "\" value=\"" + escape(viewer.csrfToken())
            + "\"><input type=\"hidden\" name=\"fra\" value=\"meg\">";
        var html = new StringBuilder("<div class=\"button-row\"><form method=\"post\" action=\"").append(action)
            .append("/avmelding\">").append(hidden).append("<button class=\"ds-button\" data-variant=\"secondary\" "
                + "data-size=\"sm\" type=\"submit\">").append(texts.text("ev.shifts.leave"))
            .append("</button></form></div>");
        if (shift.waiting()) {
            return html.toString();
        }
        return html.append("""
            <details class="shift-absence"><summary>%s</summary>
            <form method="post" action="%s/fravaer">%s
            <div class="ds-field"><label class="ds-label" for="my-absence-kind-%s">%s</label>
            <select class="ds-input" id="my-absence-kind-%s" name="kind">
            <option value="ill">%s</option><option value="late">%s</option></select></div>
            <div class="ds-field"><label class="ds-label" for="my-absence-minutes-%s">%s</label>
            <input class="ds-input" inputmode="numeric" id="my-absence-minutes-%s" name="minutesLate"></div>
            <div class="ds-field"><label class="ds-label" for="my-absence-note-%s">%s</label>
            <textarea class="ds-input" id="my-absence-note-%s" name="note" rows="2" maxlength="500"></textarea></div>
            <button class="ds-button" data-variant="secondary" data-size="sm" type="submit">%s</button>
            </form></details>
            """.formatted(texts.text("ev.absence.summary"), action, hidden, id, texts.text("ev.absence.kind"), id,
            texts.text("ev.absence.ill"), texts.text("ev.absence.late"), id, texts.text("ev.absence.minutesLate"), id,
            id, texts.text("ev.absence.note"), id, texts.text("ev.absence.submit"))).toString();
    }
}
