package no.samskap.gateway.events.venues;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * A venue's public page with its room's calendar two weeks at a time, and a municipality's venues; the venues come
 * from the read model, the calendar from the events service.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class VenuePagesController {

    static final int DAYS_SHOWN = 14;

    private final Venues venues;
    private final RoomCalendar calendar;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;

    VenuePagesController(Venues venues, RoomCalendar calendar, MunicipalityDirectory municipalities, Clock clock) {
        this.venues = venues;
        this.calendar = calendar;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Get("/kommuner/{municipality}/lokaler")
    HttpResponse<String> list(HttpRequest<?> request, @Nullable Authentication viewer,
                              @PathVariable String municipality, @QueryValue @Nullable String ferdig) {
        var texts = VenueWeb.texts(request);
        if (!MunicipalityNumber.isValid(municipality)) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var name = municipalities.nameOf(municipality);
        var items = venues.of(municipality).stream().map(venue -> new VenueListPage.Item(venue.id().toString(),
            venue.name(), venue.address(), venue.lent())).toList();
        var staff = staffOf(viewer, municipality);
        var confirmation = staff && ferdig != null && texts.has("ven.done." + ferdig) ? texts.text("ven.done." + ferdig)
            : null;
        var heading = texts.text("ven.list.title", name);
        var page = new VenueListPage(new TemplateTexts(texts), heading, items, staff, confirmation);
        var details = PageDetails.NONE.describedAs(texts.text("ven.list.description", name))
            .withBreadcrumbs(PageDetails.Breadcrumb.to("/", texts.text("ev.crumb.home")),
                PageDetails.Breadcrumb.here(texts.text("ven.crumb.venues")));
        return html(HttpStatus.OK, Page.render(texts, heading, VenueWeb.TEMPLATES.render("venues/list.jte", page),
            request.getPath(), details));
    }

    @Get("/lokaler/{id}")
    HttpResponse<String> venue(HttpRequest<?> request, @Nullable Authentication viewer, @PathVariable String id,
                               @QueryValue @Nullable String uke, @QueryValue @Nullable String ferdig) {
        var texts = VenueWeb.texts(request);
        var venue = VenueWeb.uuid(id).flatMap(venues::find);
        if (venue.isEmpty()) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var today = LocalDate.now(clock.withZone(EventTimes.NORWAY));
        var asked = week(uke);
        var monday = asked.orElse(today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var last = monday.plusDays(DAYS_SHOWN - 1);
        var taken = calendar.between(venue.get().id(), monday, last);
        var page = page(texts, venue.get(), monday, last, taken, uke != null && asked.isEmpty(),
            staffOf(viewer, venue.get().municipality()), ferdig != null && texts.has("ven.done." + ferdig)
                ? new TemplateTexts(texts).get("ven.done." + ferdig) : null);
        var details = PageDetails.NONE.describedAs(texts.text("ven.venue.description", venue.get().name()))
            .withBreadcrumbs(PageDetails.Breadcrumb.to("/", texts.text("ev.crumb.home")),
                PageDetails.Breadcrumb.to(page.municipalityHref(), texts.text("ven.crumb.venues")),
                PageDetails.Breadcrumb.here(escape(venue.get().name())))
            .inMunicipality(venue.get().municipality());
        var path = uke == null ? request.getPath() : request.getPath() + "?uke=" + monday;
        return html(asked.isEmpty() && uke != null ? HttpStatus.BAD_REQUEST : HttpStatus.OK,
            Page.render(texts, escape(venue.get().name()), VenueWeb.TEMPLATES.render("venues/venue.jte", page), path,
                details));
    }

    private VenuePage page(Texts texts, Venues.Venue venue, LocalDate monday, LocalDate last,
                           Optional<List<RoomCalendar.Taken>> taken, boolean refusedWeek, boolean staff,
                           @Nullable Content confirmation) {
        var t = new TemplateTexts(texts);
        var times = new EventTimes(texts.language());
        var byDay = new TreeMap<LocalDate, List<VenuePage.Slot>>();
        taken.orElse(List.of()).forEach(slot -> byDay.computeIfAbsent(EventTimes.dayOf(slot.startsAt()),
            day -> new ArrayList<>()).add(slot(t, times, slot)));
        var days = byDay.entrySet().stream().map(day -> new VenuePage.Day(times.day(day.getKey()),
            day.getKey().toString(), day.getValue())).toList();
        var path = "/lokaler/" + venue.id();
        return new VenuePage(t, venue.id().toString(), venue.name(), venue.address(),
            venue.capacity() == null ? null : t.get("ven.venue.capacity", texts.number(venue.capacity())),
            venue.accessibility().stream().map(code -> t.get("ev.access.about." + code)).toList(), venue.lent(),
            venue.lent() ? path + "/soknad" : null, staff ? path + "/endre" : null,
            t.get("ven.calendar.period", texts.date(monday), texts.date(last)), days, taken.isEmpty(),
            refusedWeek ? t.get("ven.calendar.refusedWeek") : null, path + "?uke=" + monday.minusWeeks(1),
            path + "?uke=" + monday.plusWeeks(1), "/kommuner/" + venue.municipality() + "/lokaler",
            t.get("ven.venue.allVenues", municipalities.nameOf(venue.municipality())), confirmation);
    }

    private static VenuePage.Slot slot(TemplateTexts t, EventTimes times, RoomCalendar.Taken taken) {
        var time = times.time(taken.startsAt()) + "–" + times.time(taken.endsAt());
        if ("event".equals(taken.kind())) {
            return new VenuePage.Slot(time, EventTimes.iso(taken.startsAt()),
                taken.eventTitle() == null ? t.texts().text("ven.calendar.someEvent") : taken.eventTitle(),
                taken.eventId() == null ? null
                : "/arrangementer/" + taken.eventId(), t.get("ven.calendar.event"));
        }
        return new VenuePage.Slot(time, EventTimes.iso(taken.startsAt()),
            taken.associationName() == null ? "" : taken.associationName(), null, t.get("ven.calendar.association"));
    }

    private static Optional<LocalDate> week(@Nullable String asked) {
        if (asked == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(asked.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static boolean staffOf(@Nullable Authentication viewer, String municipality) {
        return viewer != null && StaffMember.of(viewer).filter(member -> member.municipality().equals(municipality))
            .isPresent();
    }

    private static HttpResponse<String> html(HttpStatus status, String page) {
        return HttpResponse.<String>status(status).body(page).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
