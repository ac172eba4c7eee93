package no.samskap.gateway.events.me;

import jakarta.inject.Singleton;
import no.samskap.gateway.events.commands.MyStanding;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

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
            return Optional.of(MyRegistrations.unavailable(texts));
        }
        var active = asked.get().stream().filter(MyStanding.Registration::active)
            .sorted(Comparator.comparing(registration -> Optional.ofNullable(registration.eventStartsAt())
                .orElse(Instant.MAX)))
            .toList();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MyRegistrations.render(texts, active));
    }
}
