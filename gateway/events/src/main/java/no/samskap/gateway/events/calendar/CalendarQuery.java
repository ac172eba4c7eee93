package no.samskap.gateway.events.calendar;

import no.samskap.contract.events.AccessibilityFacts;
import no.samskap.contract.events.Audiences;
import no.samskap.contract.events.EventDurations;
import no.samskap.contract.events.HostingUnits;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a viewer asks of a municipality's calendar: the events of one unit, for one audience, between two days
 * (Norwegian days: from midnight in Oslo), only those with free seats, only venues that offer every accessibility
 * fact asked for. With no days given the calendar starts today; the month view shows one whole month.
 */
public record CalendarQuery(String municipality, Optional<String> unit, Optional<String> audience, LocalDate from,
                            Optional<LocalDate> to, boolean freeSeats, List<String> accessibility,
                            Optional<YearMonth> month) {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** The SQL condition over {@code event_calendar e} and {@code event_seats s}, with its values in order. */
    public record Where(String condition, List<Object> bindings) {
    }

    /**
     * Reads the filters as the request spells them; a value the calendar does not know is an {@link InvalidFilter}
     * naming it, never a silently empty calendar.
     */
    public static CalendarQuery read(String municipality, Function<String, List<String>> values, Filter.Naming naming,
                                     LocalDate today) {
        var request = new Request(values, naming);
        var unit = request.single(Filter.UNIT).map(code -> request.among(Filter.UNIT, code, HostingUnits.ALL));
        var audience = request.single(Filter.AUDIENCE)
            .map(code -> request.among(Filter.AUDIENCE, code, Audiences.ALL));
        var facts = new ArrayList<String>();
        for (var fact : new LinkedHashSet<>(request.all(Filter.ACCESSIBILITY))) {
            facts.add(request.among(Filter.ACCESSIBILITY, fact, AccessibilityFacts.ALL));
        }
        var freeSeats = request.single(Filter.FREE_SEATS).map(value -> request.yesOrNo(Filter.FREE_SEATS, value))
            .orElse(false);
        var month = request.single(Filter.VIEW).map(view -> request.among(Filter.VIEW, view, List.of("liste", "maned")))
            .filter("maned"::equals)
            .map(view -> request.single(Filter.MONTH).map(request::month).orElse(YearMonth.from(today)));
        if (month.isPresent()) {
            return new CalendarQuery(municipality, unit, audience, month.get().atDay(1),
                Optional.of(month.get().atEndOfMonth()), freeSeats, List.copyOf(facts), month);
        }
        var from = request.single(Filter.FROM).map(day -> request.day(Filter.FROM, day)).orElse(today);
        var to = request.single(Filter.TO).map(day -> request.day(Filter.TO, day));
        if (to.isPresent() && to.get().isBefore(from)) {
            throw request.invalid(Filter.TO, to.get().toString(), "must not be before " + naming.of(Filter.FROM));
        }
        return new CalendarQuery(municipality, unit, audience, from, to, freeSeats, List.copyOf(facts), month);
    }

    /**
     * Where the list's page starts: after the cursor of the previous page, if the request gives one; a cursor the
     * calendar did not give out is an {@link InvalidFilter} naming it. A month is read whole and ignores it.
     */
    public static Optional<CalendarCursor> after(Function<String, List<String>> values, Filter.Naming naming) {
        var request = new Request(values, naming);
        return request.single(Filter.AFTER).map(cursor -> CalendarCursor.decode(cursor).orElseThrow(() -> request.invalid(
            Filter.AFTER, cursor, "is not a cursor this calendar gave out; start again from the first page without it")));
    }

    public static CalendarQuery upcoming(String municipality, LocalDate today) {
        return new CalendarQuery(municipality, Optional.empty(), Optional.empty(), today, Optional.empty(), false,
            List.of(), Optional.empty());
    }

    public boolean isMonthView() {
        return month.isPresent();
    }

    public Where where() {
        return where(Optional.empty());
    }

    /**
     * The condition of the list's page after {@code after}. A cursor at or after the first day starts the page on its
     * own: what starts after it also ends after the first day (an event ends after it starts), and one bound of the
     * start instead of two lets PostgreSQL count the rows left after the cursor rightly, and so read them from the
     * index in start order rather than sort them.
     */
    public Where where(Optional<CalendarCursor> after) {
        // An event still running on the first day started at most the longest an event lasts before it: bounding the
        // start lets the municipality's events be read from the index in start order, not from their first ever.
        var start = from.atStartOfDay(OSLO).toOffsetDateTime();
        var condition = new StringBuilder("e.municipality = ?");
        var bindings = new ArrayList<Object>(List.of(municipality));
        var fromCursor = after.filter(cursor -> !cursor.startsAt().isBefore(start.toInstant()));
        if (fromCursor.isEmpty()) {
            condition.append(" and e.starts_at >= ?::timestamptz and e.ends_at >= ?::timestamptz");
            bindings.addAll(List.of(start.minus(EventDurations.LONGEST), start));
        }
        after.ifPresent(cursor -> {
            condition.append(" and (e.starts_at, e.id) > (?::timestamptz, ?::uuid)");
            bindings.add(cursor.startsAt().atOffset(ZoneOffset.UTC));
            bindings.add(cursor.id());
        });
        to.ifPresent(last -> {
            condition.append(" and e.starts_at < ?::timestamptz");
            bindings.add(last.plusDays(1).atStartOfDay(OSLO).toOffsetDateTime());
        });
        unit.ifPresent(code -> {
            condition.append(" and e.hosting_unit = ?");
            bindings.add(code);
        });
        audience.ifPresent(code -> {
            condition.append(" and e.audience = ?");
            bindings.add(code);
        });
        if (!accessibility.isEmpty()) {
            condition.append(" and e.accessibility @> ?::text[]");
            bindings.add("{" + String.join(",", accessibility) + "}");
        }
        if (freeSeats) {
            condition.append(" and e.status = 'published' and (e.capacity is null or e.capacity > coalesce(s.confirmed, 0))");
        }
        return new Where(condition.toString(), bindings);
    }

    private record Request(Function<String, List<String>> values, Filter.Naming naming) {

        Optional<String> single(Filter filter) {
            return all(filter).stream().filter(value -> !value.isBlank()).findFirst().map(String::strip);
        }

        List<String> all(Filter filter) {
            var given = values.apply(naming.of(filter));
            return given == null ? List.of() : given.stream().filter(value -> !value.isBlank()).toList();
        }

        String among(Filter filter, String value, List<String> known) {
            if (!known.contains(value)) {
                throw invalid(filter, value, "must be one of " + String.join(", ", known));
            }
            return value;
        }

        boolean yesOrNo(Filter filter, String value) {
            if (List.of("ja", "true").contains(value)) {
                return true;
            }
            if (List.of("nei", "false").contains(value)) {
                return false;
            }
            throw invalid(filter, value, "must be " + (naming == Filter.Naming.PAGE ? "ja or nei" : "true or false"));
        }

        LocalDate day(Filter filter, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADay) {
                throw invalid(filter, value, "must be a day written as 2027-03-27");
            }
        }

        YearMonth month(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException notAMonth) {
                throw invalid(Filter.MONTH, value, "must be a month written as 2027-03");
            }
        }

        InvalidFilter invalid(Filter filter, String value, String rule) {
            return new InvalidFilter(filter, naming.of(filter), value, rule);
        }
    }
}
