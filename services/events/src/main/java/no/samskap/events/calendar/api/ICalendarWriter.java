package no.samskap.events.calendar.api;

import jakarta.inject.Singleton;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import no.samskap.events.calendar.application.CalendarEntry;
import no.samskap.events.events.application.OsloTime;
import no.samskap.events.events.domain.EventStatus;
import no.samskap.events.events.domain.VenueFacts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes events as iCalendar (RFC 5545) with ical4j: local times in Europe/Oslo with its VTIMEZONE, so calendars
 * keep the wall-clock time across daylight-saving changes. UID is the event's id, so a subscribed calendar updates
 * the entry it has; SEQUENCE is the event's version and LAST-MODIFIED (also DTSTAMP) when it last changed.
 */
@Singleton
class ICalendarWriter {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final String UID_DOMAIN = "@events.samskap.no";

    private final PublicSite site;
    private final VTimeZone oslo;

    ICalendarWriter(PublicSite site) {
        this.site = site;
        this.oslo = osloZone();
    }

    String write(List<CalendarEntry> entries) {
        var calendar = new Calendar()
            .withProdId("-//Samskap//Arrangementer//NB")
            .withProperty(ImmutableVersion.VERSION_2_0)
            .withProperty(ImmutableCalScale.GREGORIAN)
            .withProperty(new Method(Method.VALUE_PUBLISH))
            .withComponent(oslo.copy())
            .getFluentTarget();
        entries.forEach(entry -> calendar.add(vevent(entry)));
        var text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar of " + entries.size() + " events is not valid iCalendar", e);
        }
        return text.toString();
    }

    /**
     * ical4j's tz data names Oslo's rules Europe/Berlin (the same rules since 1970, one zone in tzdata since 2024b);
     * the VTIMEZONE must carry the TZID the times name.
     */
    private static VTimeZone osloZone() {
        var zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(OsloTime.OSLO.getId())
            .getVTimeZone().copy();
        zone.replace(new TzId(OsloTime.OSLO.getId()));
        return zone;
    }

    private VEvent vevent(CalendarEntry entry) {
        var event = entry.event();
        var description = event.description();
        var changed = entry.lastModified().truncatedTo(ChronoUnit.SECONDS);
        var vevent = new VEvent(description.startsAt().atZone(OsloTime.OSLO).truncatedTo(ChronoUnit.SECONDS),
            description.endsAt().atZone(OsloTime.OSLO).truncatedTo(ChronoUnit.SECONDS), description.title());
        vevent.replace(new DtStamp(changed));
        vevent.add(new Uid(event.id() + UID_DOMAIN));
        vevent.add(new Sequence((int) Math.min(event.version(), Integer.MAX_VALUE)));
        vevent.add(new LastModified(changed));
        vevent.add(new Url(site.eventPage(event.id().toString())));
        vevent.add(new Status(event.status() == EventStatus.CANCELLED ? Status.VALUE_CANCELLED
            : Status.VALUE_CONFIRMED));
        vevent.add(new Categories(description.hostingUnit()));
        if (!description.description().isEmpty() || event.cancellationReason() != null) {
            vevent.add(new Description(text(description.description(), event.cancellationReason())));
        }
        if (description.venue() != null) {
            vevent.add(new Location(place(description.venue())));
        }
        return vevent;
    }

    private static String text(String description, String cancellationReason) {
        return Stream.of(cancellationReason == null ? null : "Avlyst: " + cancellationReason, description)
            .filter(part -> part != null && !part.isEmpty())
            .collect(Collectors.joining("\n\n"));
    }

    private static String place(VenueFacts venue) {
        return venue.address() == null || venue.address().isBlank() ? venue.name()
            : venue.name() + ", " + venue.address();
    }
}
