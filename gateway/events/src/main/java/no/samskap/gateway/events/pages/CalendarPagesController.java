package no.samskap.gateway.events.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.events.calendar.CalendarCursor;
import no.samskap.gateway.events.calendar.CalendarQuery;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.events.calendar.Filter;
import no.samskap.gateway.events.calendar.InvalidFilter;
import no.samskap.gateway.events.commands.ServiceReads;
import no.samskap.gateway.events.words.EventTimes;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Templates;
import no.samskap.gateway.shell.web.Texts;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A municipality's event calendar, as a list or a month, with filters by unit, audience, days, free seats and
 * accessibility; from the read model only. A filter value it does not know is said plainly, with a 400.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CalendarPagesController {

    static final Templates TEMPLATES = new Templates("gg.jte.generated.precompiled.events", CalendarPagesController.class);

    private final EventCalendar calendar;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;
    private final ServiceReads reads;

    CalendarPagesController(EventCalendar calendar, MunicipalityDirectory municipalities, Clock clock,
                            ServiceReads reads) {
        this.calendar = calendar;
        this.reads = reads;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The navigation's "Arrangementer": a person's own municipality's calendar, or the municipalities to choose. */
    @Get("/arrangementer")
    HttpResponse<String> events(HttpRequest<?> request, @Nullable Authentication viewer) {
        var own = Optional.ofNullable(viewer).map(signedIn -> signedIn.getAttributes().get("municipality"))
            .filter(String.class::isInstance).map(String.class::cast).filter(MunicipalityNumber::isValid);
        if (own.isPresent()) {
            return HttpResponse.<String>seeOther(URI.create("/kommuner/" + own.get() + "/arrangementer"));
        }
        var texts = new Texts(LanguageChoice.of(request));
        var choice = new MunicipalityChoice(new TemplateTexts(texts), municipalities.all());
        return html(HttpStatus.OK, Page.render(texts, texts.text("ev.choose.title"),
            TEMPLATES.render("choose.jte", choice), "/arrangementer"));
    }

    @Get("/kommuner/{municipality}/arrangementer")
    HttpResponse<String> calendar(HttpRequest<?> request, @PathVariable String municipality) {
        var texts = new Texts(LanguageChoice.of(request));
        if (!MunicipalityNumber.isValid(municipality)) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var today = LocalDate.now(clock.withZone(EventTimes.NORWAY));
        Function<String, List<String>> asked = name -> request.getParameters().getAll(name);
        CalendarQuery query;
        Optional<CalendarCursor> after;
        InvalidFilter refused = null;
        try {
            query = CalendarQuery.read(municipality, asked, Filter.Naming.PAGE, today);
            after = CalendarQuery.after(asked, Filter.Naming.PAGE);
        } catch (InvalidFilter invalid) {
            refused = invalid;
            query = CalendarQuery.upcoming(municipality, today);
            after = Optional.empty();
        }
        var name = municipalities.nameOf(municipality);
        var page = CalendarPages.of(new EventWords(texts), municipality, name, query, calendar.read(query, after),
            after.isPresent() && !query.isMonthView(), refused, asked);
        var title = texts.text("ev.calendar.title", name);
        var details = PageDetails.NONE.describedAs(texts.text("ev.calendar.description", name))
            .withBreadcrumbs(PageDetails.Breadcrumb.to("/", texts.text("ev.crumb.home")),
                PageDetails.Breadcrumb.here(texts.text("ev.nav.events")));
        return html(refused == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST,
            Page.render(texts, title, TEMPLATES.render("calendar.jte", page), pathWithQuery(request), details));
    }

    /** The municipality's iCalendar feed from the events service, to subscribe to in a calendar program. */
    @Get(value = "/kommuner/{municipality}/arrangementer/kalender.ics", produces = CalendarFiles.TEXT_CALENDAR)
    HttpResponse<?> feed(HttpRequest<?> request, @PathVariable String municipality) {
        if (!MunicipalityNumber.isValid(municipality)) {
            return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
        }
        return CalendarFiles.answer(reads.file("/calendars/" + municipality + ".ics"),
            "arrangementer-" + municipality + ".ics");
    }

    static String pathWithQuery(HttpRequest<?> request) {
        var query = request.getUri().getRawQuery();
        return query == null ? request.getPath() : request.getPath() + "?" + query;
    }

    static HttpResponse<String> html(HttpStatus status, String page) {
        return HttpResponse.<String>status(status).body(page).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
