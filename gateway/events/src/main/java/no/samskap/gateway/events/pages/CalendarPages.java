package no.samskap.gateway.events.pages;

import no.samskap.contract.events.AccessibilityFacts;
import no.samskap.contract.events.Audiences;
import no.samskap.contract.events.HostingUnits;
import no.samskap.gateway.events.calendar.CalendarEntries;
import no.samskap.gateway.events.calendar.CalendarEntry;
import no.samskap.gateway.events.calendar.CalendarQuery;
import no.samskap.gateway.events.calendar.Filter;
import no.samskap.gateway.events.calendar.InvalidFilter;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/** Builds what the calendar page shows from the query, the events it found, or the filter it refused. */
final class CalendarPages {

    private CalendarPages() {
    }

    /**
     * {@code query} is what the viewer asked for, or, when a filter was refused, the upcoming events instead;
     * {@code later} says the list's page is not its first.
     */
    static CalendarPage of(EventWords words, String municipality, String municipalityName, CalendarQuery query,
                           CalendarEntries found, boolean later, InvalidFilter refused,
                           Function<String, List<String>> asked) {
        var texts = words.texts();
        var events = found.events();
        var t = new TemplateTexts(texts);
        var action = "/kommuner/" + municipality + "/arrangementer";
        var cards = events.stream().map(event -> card(words, event)).toList();
        var month = query.month().map(chosen -> month(words, action, chosen, cards, events, asked)).orElse(null);
        var refusal = refused == null ? null : new CalendarPage.Refused(fieldOf(refused),
            html(texts.text(refused.textKey(), refused.value())));
        return new CalendarPage(t, html(texts.text("ev.calendar.heading", municipalityName)), action,
            options(words, HostingUnits.ALL, "ev.unit", first(asked, Filter.UNIT)),
            options(words, Audiences.ALL, "ev.audience", first(asked, Filter.AUDIENCE)),
            AccessibilityFacts.ALL.stream().map(code -> new CalendarPage.Option(code, html(texts.word("ev.access", code)),
                query.accessibility().contains(code))).toList(),
            first(asked, Filter.FROM), first(asked, Filter.TO), query.freeSeats(), query.isMonthView(),
            query.month().map(YearMonth::toString).orElse(null), refusal,
            html(found.next().isPresent() || later ? texts.text("ev.calendar.page", events.size())
                : texts.text("ev.calendar.count", events.size())), cards, month,
            action + filters(asked, false), action + filters(asked, true) + (filters(asked, true).isEmpty() ? "?" : "&")
                + "visning=maned", "/kommuner/" + municipality + "/arrangementer/kalender.ics",
            found.next().map(cursor -> action + after(filters(asked, false), cursor)).orElse(null),
            later ? action + filters(asked, false) : null);
    }

    static CalendarPage.Card card(EventWords words, CalendarEntry event) {
        var times = words.times();
        var place = event.venueName() == null ? null
            : event.venueAddress() == null ? event.venueName() : event.venueName() + ", " + event.venueAddress();
        return new CalendarPage.Card(event.id(), event.title(), times.span(event.startsAt(), event.endsAt()),
            EventTimes.iso(event.startsAt()), words.unit(event.hostingUnit()), words.audience(event.audience()),
            place, words.price(event.priceNok()), words.seats(event),
            event.isOpen() ? null : words.status(event.status()), words.accessibility(event.accessibility()));
    }

    private static CalendarPage.Month month(EventWords words, String action, YearMonth month,
                                            List<CalendarPage.Card> cards, List<CalendarEntry> events,
                                            Function<String, List<String>> asked) {
        var texts = words.texts();
        var locale = texts.language().locale();
        Map<LocalDate, List<CalendarPage.Card>> byDay = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            byDay.computeIfAbsent(EventTimes.dayOf(events.get(i).startsAt()), day -> new ArrayList<>()).add(cards.get(i));
        }
        var weeks = new ArrayList<List<CalendarPage.Day>>();
        var week = new ArrayList<CalendarPage.Day>();
        var first = month.atDay(1);
        for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
            week.add(new CalendarPage.Day(0, "", html(""), List.of()));
        }
        for (var day = first; !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            week.add(new CalendarPage.Day(day.getDayOfMonth(), day.toString(),
                html(Html.escape(words.times().day(day))),
                byDay.getOrDefault(day, List.of())));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(new CalendarPage.Day(0, "", html(""), List.of()));
            }
            weeks.add(week);
        }
        var weekdays = Arrays.stream(DayOfWeek.values())
            .map(day -> html(Html.escape(day.getDisplayName(TextStyle.FULL, locale))))
            .toList();
        var base = action + filters(asked, true) + (filters(asked, true).isEmpty() ? "?" : "&") + "visning=maned&maned=";
        var previous = month.minusMonths(1);
        var next = month.plusMonths(1);
        return new CalendarPage.Month(html(Html.escape(words.times().month(month))),
            weekdays, weeks, base + previous, html(texts.text("ev.month.previous",
                words.times().month(previous))), base + next, html(texts.text("ev.month.next", words.times().month(next))));
    }

    private static List<CalendarPage.Option> options(EventWords words, List<String> codes, String group, String chosen) {
        return codes.stream().map(code -> new CalendarPage.Option(code, html(words.texts().word(group, code)),
            code.equals(chosen))).toList();
    }

    private static String first(Function<String, List<String>> asked, Filter filter) {
        var values = asked.apply(filter.pageName());
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /** The list's filters with the cursor of its next page. */
    private static String after(String filters, String cursor) {
        return (filters.isEmpty() ? "?" : filters + "&") + Filter.AFTER.pageName() + "="
            + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    /** The viewer's filters as a query, to keep them when switching views; the month's own filters are left out. */
    private static String filters(Function<String, List<String>> asked, boolean forMonth) {
        var kept = List.of(Filter.UNIT, Filter.AUDIENCE, Filter.FREE_SEATS, Filter.ACCESSIBILITY, Filter.FROM, Filter.TO)
            .stream().filter(filter -> !forMonth || (filter != Filter.FROM && filter != Filter.TO))
            .flatMap(filter -> {
                var values = asked.apply(filter.pageName());
                return values == null ? Stream.<String>empty() : values.stream()
                    .filter(value -> !value.isBlank())
                    .map(value -> filter.pageName() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            })
            .collect(Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }

    private static String fieldOf(InvalidFilter refused) {
        return switch (refused.filter()) {
            case VIEW, MONTH -> "event-views";
            case AFTER -> "event-count";
            default -> refused.filter().pageName();
        };
    }
}
