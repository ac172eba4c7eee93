package no.samskap.gateway.events.pages;

import gg.jte.Content;
import no.samskap.gateway.events.calendar.CalendarEntry;
import no.samskap.gateway.events.commands.MyStanding;
import no.samskap.gateway.events.commands.ServiceReads;
import no.samskap.gateway.events.shifts.ShiftEntry;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** Builds the event page's model from the read model and what the service told the viewer of their own standing. */
final class EventPageView {

    /** What the registrant may ask the organisers for, as the events service knows them. */
    static final List<String> NEEDS = List.of("wheelchair-space", "companion-seat", "sign-language", "hearing-loop",
        "step-free-seat", "quiet-space");

    /** Everything the page shows besides the event: who looks, and what they typed or were refused. */
    record Viewer(boolean signedIn, String csrf, Optional<MyStanding.Registration> registration,
                  boolean standingUnknown, List<MyStanding.Shift> shifts, EventPages.Shown shown) {

        Typed typed() {
            return shown.typed();
        }
    }

    /** An offer of help carried over from the idea, with the association's name when the read model knows it. */
    record HelpBy(ServiceReads.HelpOffer offer, Optional<String> associationName) {
    }

    /** What the viewer typed into the registration form. */
    record Typed(String companions, List<String> needs, String note) {

        static final Typed EMPTY = new Typed("0", List.of(), "");
    }

    private EventPageView() {
    }

    static EventPage of(EventWords words, CalendarEntry event, List<String> coHosts, List<ShiftEntry> shifts,
                        List<HelpBy> help, Viewer viewer) {
        var texts = words.texts();
        var times = words.times();
        var venue = event.venueName() == null ? null
            : event.venueAddress() == null ? event.venueName() : event.venueName() + ", " + event.venueAddress();
        var capacity = event.capacity() == null ? null : html(texts.text("ev.event.capacityOf", event.capacity()));
        var mine = viewer.registration().filter(MyStanding.Registration::active).map(registration -> mine(words,
            registration)).orElse(null);
        var form = new EventPage.RegistrationForm(viewer.typed().companions(), NEEDS.stream()
            .map(code -> new CalendarPage.Option(code, html(texts.word("ev.need", code)),
                viewer.typed().needs().contains(code))).toList(), viewer.typed().note(),
            viewer.shown().refused().orElse(null), viewer.shown().general().orElse(null));
        var shiftRows = shifts.stream().map(shift -> shift(words, shift, viewer)).toList();
        return new EventPage(new TemplateTexts(texts), event.id(), event.title(),
            event.isOpen() ? null : words.status(event.status()), event.cancellationReason(),
            times.span(event.startsAt(), event.endsAt()), EventTimes.iso(event.startsAt()),
            words.unit(event.hostingUnit()), coHosts, venue, words.audience(event.audience()),
            words.explained(event.accessibility()), words.price(event.priceNok()), capacity, words.seats(event),
            paragraphs(event.description()), event.ideaIds(), help.stream().map(offer -> help(words, offer)).toList(),
            event.isOpen(), viewer.signedIn(), viewer.csrf(), viewer.shown().confirmation().orElse(null), mine,
            viewer.standingUnknown(), form, shiftRows,
            "/arrangementer/" + event.id() + "/kalender.ics",
            "/kommuner/" + event.municipality() + "/arrangementer/kalender.ics",
            "/api/events/changes?event=" + event.id());
    }

    private static EventPage.Mine mine(EventWords words, MyStanding.Registration registration) {
        var texts = words.texts();
        var waiting = registration.waiting();
        return new EventPage.Mine(html(texts.text(waiting ? "ev.registration.waiting" : "ev.registration.confirmed")),
            waiting ? html(texts.text("ev.registration.position", registration.position())) : null,
            html(texts.text("ev.registration.places", registration.places())));
    }

    private static EventPage.Shift shift(EventWords words, ShiftEntry shift, Viewer viewer) {
        var texts = words.texts();
        var requirements = new StringBuilder();
        if (shift.minimumAge() != null) {
            requirements.append(texts.text("ev.shifts.minimumAge", shift.minimumAge()));
        }
        if (shift.attestRequired()) {
            requirements.append(requirements.length() == 0 ? "" : " ").append(texts.text("ev.shifts.attest"));
        }
        var left = shift.placesLeft() > 0 ? texts.text("ev.shifts.placesLeft", shift.placesLeft())
            : texts.text("ev.shifts.full");
        var own = viewer.shifts().stream().filter(signedUp -> signedUp.shiftId().equals(shift.id())).findFirst();
        var mine = own.map(signedUp -> html(signedUp.waiting()
            ? texts.text("ev.shifts.mineWaiting", signedUp.waitingPosition()) : texts.text("ev.shifts.mine")))
            .orElse(null);
        var changeable = own.filter(signedUp -> signedUp.changeable(Instant.now()));
        return new EventPage.Shift(shift.id(), shift.role(), words.times().span(shift.startsAt(), shift.endsAt()),
            EventTimes.iso(shift.startsAt()), html(left), requirements.length() == 0 ? null : html(requirements.toString()),
            shift.minimumAge() == null ? null : html(texts.text("ev.shifts.confirmAge", shift.minimumAge())), mine,
            viewer.shown().shiftRefusals().get(shift.id()), own.map(MyStanding.Shift::absence)
            .map(absence -> html(reported(texts, absence))).orElse(null), changeable.isPresent(),
            changeable.filter(signedUp -> !signedUp.waiting()).isPresent());
    }

    /** "Du har meldt at du er syk." or "Du har meldt at du kommer 20 minutter for sent." */
    static String reported(Texts texts, MyStanding.Absence absence) {
        return absence.minutesLate() == null ? texts.text("ev.absence.reported." + absence.kind())
            : texts.text("ev.absence.reported.late", absence.minutesLate());
    }

    private static EventPage.Help help(EventWords words, HelpBy help) {
        var texts = words.texts();
        var offer = help.offer();
        var by = offer.associationId() == null ? texts.text("ev.help.volunteer")
            : help.associationName().orElse(texts.text("ev.help.association"));
        var kind = texts.has("ev.help.kind." + offer.kind()) ? texts.text("ev.help.kind." + offer.kind())
            : offer.kind();
        var hours = offer.hours() == null ? null : html(texts.text("ev.help.hours", offer.hours()));
        return new EventPage.Help(by, html(kind), hours, offer.description());
    }

    private static List<String> paragraphs(String description) {
        return Arrays.stream(description.split("\\n\\s*\\n")).map(String::strip).filter(text -> !text.isEmpty())
            .toList();
    }
}
