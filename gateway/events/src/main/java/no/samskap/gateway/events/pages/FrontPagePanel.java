package no.samskap.gateway.events.pages;

import jakarta.inject.Singleton;
import no.samskap.gateway.events.calendar.CalendarQuery;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.home.MunicipalityHomeController;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The events module's part of a municipality's front page: the next few events, with the way to the calendar. */
@Singleton
public final class FrontPagePanel implements PagePanel {

    static final int SHOWN = 3;

    /** What {@code frontPage.jte} shows. */
    public record View(TemplateTexts t, String municipality, List<CalendarPage.Card> events) {
    }

    private final EventCalendar calendar;
    private final Clock clock;

    FrontPagePanel(EventCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String page() {
        return MunicipalityHomeController.PAGE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> content(String municipality, PanelViewer viewer) {
        var words = new EventWords(viewer.texts());
        var today = LocalDate.now(clock.withZone(EventTimes.NORWAY));
        var next = calendar.read(CalendarQuery.upcoming(municipality, today), Optional.empty()).events().stream()
            .filter(event -> event.isOpen())
            .limit(SHOWN)
            .map(event -> CalendarPages.card(words, event))
            .toList();
        var view = new View(new TemplateTexts(viewer.texts()), municipality, next);
        return Optional.of(CalendarPagesController.TEMPLATES.render("frontPage.jte", view));
    }
}
