package no.samskap.events.calendar.application;

import no.samskap.contract.events.Audiences;
import no.samskap.contract.events.HostingUnits;
import no.samskap.events.events.domain.Event;
import no.samskap.events.events.domain.Refusal;

/** Which of a municipality's events a feed holds: those of one hosting unit, for one audience, or all (null). */
public record CalendarFilter(String unit, String audience) {

    public CalendarFilter {
        unit = blankToNull(unit);
        audience = blankToNull(audience);
        if (unit != null && !HostingUnits.ALL.contains(unit)) {
            throw Refusal.invalid("unit", "must be one of " + String.join(", ", HostingUnits.ALL));
        }
        if (audience != null && !Audiences.ALL.contains(audience)) {
            throw Refusal.invalid("audience", "must be one of " + String.join(", ", Audiences.ALL));
        }
    }

    boolean admits(Event event) {
        var description = event.description();
        return (unit == null || unit.equals(description.hostingUnit()))
            && (audience == null || audience.equals(description.audience()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
