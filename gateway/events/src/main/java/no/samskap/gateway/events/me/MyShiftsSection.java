package no.samskap.gateway.events.me;

import jakarta.inject.Singleton;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

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
                : texts.text("ev.me.shiftPlaced")).append("</li>\n");
        }
        return Optional.of(html.append("</ul>\n").toString());
    }
}
