package no.samskap.gateway.events.pages;

import gg.jte.Content;
import no.samskap.gateway.events.calendar.CalendarEntry;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;

/** An event's facts in plain words of the page's language: its unit, audience, price, seats and accessibility. */
public final class EventWords {

    private final Texts texts;
    private final EventTimes times;

    public EventWords(Texts texts) {
        this.texts = texts;
        this.times = new EventTimes(texts.language());
    }

    public Texts texts() {
        return texts;
    }

    public EventTimes times() {
        return times;
    }

    public Content unit(String code) {
        return TemplateTexts.html(texts.word("ev.unit", code));
    }

    public Content audience(String code) {
        return TemplateTexts.html(texts.word("ev.audience", code));
    }

    public Content status(String code) {
        return TemplateTexts.html(texts.word("ev.status", code));
    }

    /** "Gratis" or "kr 150". */
    public Content price(Integer priceNok) {
        return TemplateTexts.html(priceNok == null || priceNok == 0 ? texts.text("ev.price.free")
            : texts.text("ev.price.nok", priceNok));
    }

    /** "12 ledige plasser", "Fullt – 3 venter", or "Ingen påmelding nødvendig… " for an unlimited event. */
    public Content seats(CalendarEntry event) {
        return TemplateTexts.html(seatsText(texts, event.freeSeats(), event.waiting()));
    }

    public static String seatsText(Texts texts, Integer freeSeats, int waiting) {
        if (freeSeats == null) {
            return texts.text("ev.seats.unlimited");
        }
        if (freeSeats > 0) {
            return texts.text("ev.seats.free", freeSeats);
        }
        return waiting > 0 ? texts.text("ev.seats.fullWaiting", waiting) : texts.text("ev.seats.full");
    }

    /** Each fact as a sentence saying what it means for a visitor: "Trinnfri adkomst: du kommer inn uten trapper." */
    public List<Content> explained(List<String> codes) {
        return codes.stream().map(code -> TemplateTexts.html(texts.has("ev.access.about." + code)
            ? texts.text("ev.access.about." + code) : texts.word("ev.access", code))).toList();
    }

    public List<Content> accessibility(List<String> codes) {
        return codes.stream().map(code -> TemplateTexts.html(texts.word("ev.access", code))).toList();
    }
}
