package no.samskap.gateway.events.me;

import jakarta.inject.Singleton;
import no.samskap.gateway.events.commands.MyStanding;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** "Mine påmeldinger": the events the person is registered for or waits for, asked live of the events service. */
@Singleton
final class MyRegistrationsSection implements MyPageSection {

    static final String ANCHOR = "my-registrations";

    private final MyEventStanding standing;

    MyRegistrationsSection(MyEventStanding standing) {
        this.standing = standing;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "ev.me.registrations", 70);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var texts = viewer.texts();
        var asked = standing.ask(token -> standing.reads().registrations(token));
        if (asked.isEmpty()) {
            return Optional.of("<p>" + texts.text("ev.me.unavailable") + "</p>\n");
        }
        var active = asked.get().stream().filter(MyStanding.Registration::active)
            .sorted(Comparator.comparing(registration -> Optional.ofNullable(registration.eventStartsAt())
                .orElse(Instant.MAX)))
            .toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        var times = new EventTimes(texts.language());
        var html = new StringBuilder("<ul class=\"ds-list my-registrations\">\n");
        for (var registration : active) {
            html.append("  <li data-event-id=\"").append(escape(registration.eventId())).append("\"><a class=\"ds-link\" href=\"/arrangementer/")
                .append(escape(registration.eventId())).append("\">")
                .append(escape(Optional.ofNullable(registration.eventTitle()).orElse(registration.eventId())))
                .append("</a>");
            if (registration.eventStartsAt() != null) {
                html.append(" – <time datetime=\"").append(EventTimes.iso(registration.eventStartsAt())).append("\">")
                    .append(escape(times.startsAt(registration.eventStartsAt()))).append("</time>");
            }
            html.append(" – ").append(registration.waiting()
                ? texts.text("ev.me.waiting", registration.position()) : texts.text("ev.me.confirmed"));
            if ("cancelled".equals(registration.eventStatus())) {
                html.append(" <span class=\"ds-tag\" data-color=\"danger\">").append(texts.word("ev.status", "cancelled"))
                    .append("</span>");
            }
            html.append("</li>\n");
        }
        return Optional.of(html.append("</ul>\n").toString());
    }
}
