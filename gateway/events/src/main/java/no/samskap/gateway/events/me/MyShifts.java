package no.samskap.gateway.events.me;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.events.commands.MyStanding;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Templates;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Mine vakter" ({@code me/shifts.jte}): each shift with its event and time, whether the person is placed or waits,
 * what they reported; while it is still changeable, the form to leave it and, when placed, to say they are ill or
 * late. Both forms lead back to Min side. {@code unavailable} when the events service did not answer.
 */
public record MyShifts(TemplateTexts t, String csrf, boolean unavailable, List<Shift> shifts) {

    private static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.events", MyShifts.class);

    /** {@code startsAt} the start in ISO form for {@code <time>}, null when the service gave no times. */
    public record Shift(String shiftId, String eventId, String role, String eventTitle, @Nullable String startsAt,
                        @Nullable String span, Content standing, @Nullable Content absence, boolean waiting,
                        boolean changeable) {
    }

    static String unavailable(Texts texts) {
        return TEMPLATES.render("me/shifts.jte", new MyShifts(new TemplateTexts(texts), "", true, List.of()));
    }

    static String render(Texts texts, String csrf, List<MyStanding.Shift> shifts, Instant now) {
        var times = new EventTimes(texts.language());
        return TEMPLATES.render("me/shifts.jte", new MyShifts(new TemplateTexts(texts), csrf, false,
            shifts.stream().map(shift -> {
                var timed = shift.startsAt() != null && shift.endsAt() != null;
                return new Shift(shift.shiftId(), shift.eventId(), Optional.ofNullable(shift.role()).orElse(""),
                    Optional.ofNullable(shift.eventTitle()).orElse(shift.eventId()),
                    timed ? EventTimes.iso(shift.startsAt()) : null,
                    timed ? times.span(shift.startsAt(), shift.endsAt()) : null,
                    html(shift.waiting() ? texts.text("ev.me.shiftWaiting", shift.waitingPosition())
                        : texts.text("ev.me.shiftPlaced")),
                    shift.absence() == null ? null : html(texts.text(shift.absence().minutesLate() == null
                        ? "ev.absence.reported." + shift.absence().kind() : "ev.absence.reported.late",
                        shift.absence().minutesLate())),
                    shift.waiting(), shift.changeable(now));
            }).toList()));
    }
}
