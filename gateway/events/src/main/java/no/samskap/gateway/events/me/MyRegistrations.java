package no.samskap.gateway.events.me;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.events.commands.MyStanding;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Templates;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Mine påmeldinger" ({@code me/registrations.jte}): each event with its start, whether the person has a place or
 * waits, and whether the event was cancelled. {@code unavailable} when the events service did not answer.
 */
public record MyRegistrations(TemplateTexts t, boolean unavailable, List<Registration> registrations) {

    private static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.events",
        MyRegistrations.class);

    /**
     * {@code startsAt} the start in ISO form for {@code <time>}, null when the service gave none; {@code cancelled}
     * the word for a cancelled event, else null.
     */
    public record Registration(String eventId, String eventTitle, @Nullable String startsAt,
                               @Nullable String startsAtInWords, Content standing, @Nullable Content cancelled) {
    }

    static String unavailable(Texts texts) {
        return TEMPLATES.render("me/registrations.jte", new MyRegistrations(new TemplateTexts(texts), true, List.of()));
    }

    static String render(Texts texts, List<MyStanding.Registration> registrations) {
        var times = new EventTimes(texts.language());
        return TEMPLATES.render("me/registrations.jte", new MyRegistrations(new TemplateTexts(texts), false,
            registrations.stream().map(registration -> {
                var starts = registration.eventStartsAt();
                return new Registration(registration.eventId(),
                    Optional.ofNullable(registration.eventTitle()).orElse(registration.eventId()),
                    starts == null ? null : EventTimes.iso(starts), starts == null ? null : times.startsAt(starts),
                    html(registration.waiting() ? texts.text("ev.me.waiting", registration.position())
                        : texts.text("ev.me.confirmed")),
                    "cancelled".equals(registration.eventStatus()) ? html(texts.word("ev.status", "cancelled")) : null);
            }).toList()));
    }
}
