package no.samskap.gateway.events.me;

import jakarta.inject.Singleton;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.time.Instant;
import java.util.Optional;

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
            return Optional.of(MyShifts.unavailable(texts));
        }
        if (asked.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MyShifts.render(texts, viewer.csrfToken(), asked.get(), Instant.now()));
    }
}
