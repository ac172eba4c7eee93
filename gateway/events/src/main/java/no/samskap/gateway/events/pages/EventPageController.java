package no.samskap.gateway.events.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.netty.handler.codec.http.QueryStringDecoder;
import no.samskap.gateway.events.calendar.CalendarEntry;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.events.cohosts.CoHosts;
import no.samskap.gateway.events.commands.EventWrites;
import no.samskap.gateway.events.commands.ServiceReads;
import no.samskap.gateway.events.commands.MyStanding;
import no.samskap.gateway.events.shifts.EventShifts;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.PagePanels;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;

import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * An event's page: its facts from the read model, the viewer's own registration asked live of the service, the
 * registration form, cancelling, and signing up for a shift, each relayed with the person's own token.
 */
@Controller("/arrangementer/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EventPageController {

    /** Longer than the relay's own read timeout and read-your-writes wait together, so those answer first. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Map<String, String> FIELDS = Map.of("companions", "companions",
        "accessibilityNeeds.codes", "needs", "accessibilityNeeds.note", "note");

    @Serdeable
    record Registering(int companions, Needs accessibilityNeeds) {
    }

    @Serdeable
    record Needs(List<String> codes, String note) {
    }

    @Serdeable
    record SigningUp(@Nullable String associationId, @Nullable Integer birthYear, @Nullable Boolean confirmsMinimumAge) {
    }

    private final EventCalendar calendar;
    private final CoHosts coHosts;
    private final EventShifts shifts;
    private final EventWrites writes;
    private final ServiceReads reads;
    private final AccessTokens accessTokens;
    private final CsrfTokens csrfTokens;
    private final PagePanels panels;

    EventPageController(EventCalendar calendar, CoHosts coHosts, EventShifts shifts, EventWrites writes,
                        ServiceReads reads, AccessTokens accessTokens, CsrfTokens csrfTokens, PagePanels panels) {
        this.panels = panels;
        this.calendar = calendar;
        this.coHosts = coHosts;
        this.shifts = shifts;
        this.writes = writes;
        this.reads = reads;
        this.accessTokens = accessTokens;
        this.csrfTokens = csrfTokens;
    }

    @Get
    HttpResponse<String> event(HttpRequest<?> request, @PathVariable String id, @Nullable Authentication viewer,
                               @QueryValue @Nullable String pamelding, @QueryValue @Nullable String vakt) {
        var texts = texts(request);
        var confirmation = Optional.ofNullable(pamelding).filter(List.of("mottatt", "avmeldt")::contains)
            .map(done -> "ev.confirm.registration." + done)
            .or(() -> Optional.ofNullable(vakt).filter("pameldt"::equals).map(done -> "ev.confirm.shift"))
            .map(key -> html(texts.text(key)));
        return show(request, id, viewer, HttpStatus.OK, EventPageView.Typed.EMPTY, Optional.empty(), Optional.empty(),
            Map.of(), confirmation);
    }

    @Post("/pamelding")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> register(HttpRequest<?> request, @PathVariable String id, Authentication viewer,
                                  @Body @Nullable String body) {
        var event = publicEvent(id);
        if (event.isEmpty()) {
            return notFound(request);
        }
        var form = new QueryStringDecoder(body == null ? "" : body, false).parameters();
        var typed = new EventPageView.Typed(first(form, "companions"), form.getOrDefault("needs", List.of()),
            first(form, "note"));
        var texts = texts(request);
        var companions = companions(typed.companions());
        if (companions.isEmpty()) {
            return refused(request, id, viewer, HttpStatus.UNPROCESSABLE_ENTITY, typed, "companions", texts);
        }
        if (!EventPageView.NEEDS.containsAll(typed.needs())) {
            return refused(request, id, viewer, HttpStatus.UNPROCESSABLE_ENTITY, typed, "needs", texts);
        }
        var registering = new Registering(companions.get(), new Needs(typed.needs(), typed.note()));
        var outcome = await(writes.register(request, event.get(), writes.json(registering)));
        if (outcome.succeeded()) {
            return seeOther("/arrangementer/" + id + "?pamelding=mottatt#registration");
        }
        var problem = writes.problem(outcome);
        var field = problem.flatMap(found -> Optional.ofNullable(found.errors()).orElse(List.of()).stream()
            .map(error -> FIELDS.get(error.field())).filter(known -> known != null).findFirst());
        var status = HttpStatus.valueOf(status(outcome));
        if (field.isPresent()) {
            return refused(request, id, viewer, status, typed, field.get(), texts);
        }
        return show(request, id, viewer, status, typed, Optional.empty(), Optional.of(general(texts, outcome)),
            Map.of(), Optional.empty());
    }

    @Post("/pamelding/avmelding")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> cancel(HttpRequest<?> request, @PathVariable String id, Authentication viewer) {
        var event = publicEvent(id);
        if (event.isEmpty()) {
            return notFound(request);
        }
        var outcome = await(writes.cancelRegistration(request, event.get()));
        if (outcome.succeeded()) {
            return seeOther("/arrangementer/" + id + "?pamelding=avmeldt#registration");
        }
        return show(request, id, viewer, HttpStatus.valueOf(status(outcome)), EventPageView.Typed.EMPTY,
            Optional.empty(), Optional.of(general(texts(request), outcome)), Map.of(), Optional.empty());
    }

    @Post("/vakter/{shift}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> signUp(HttpRequest<?> request, @PathVariable String id, @PathVariable String shift,
                                Authentication viewer, @Body @Nullable String body) {
        var event = publicEvent(id);
        var chosen = uuid(shift).filter(found -> event.isPresent()
            && shifts.of(event.get()).stream().anyMatch(each -> each.id().equals(found.toString())));
        if (chosen.isEmpty()) {
            return notFound(request);
        }
        var form = new QueryStringDecoder(body == null ? "" : body, false).parameters();
        var confirmsAge = "ja".equals(first(form, "confirmsMinimumAge")) ? Boolean.TRUE : null;
        var outcome = await(writes.signUp(request, chosen.get(), writes.json(new SigningUp(null, null, confirmsAge))));
        if (outcome.succeeded()) {
            return seeOther("/arrangementer/" + id + "?vakt=pameldt#shift-" + shift);
        }
        return show(request, id, viewer, HttpStatus.valueOf(status(outcome)), EventPageView.Typed.EMPTY,
            Optional.empty(), Optional.empty(), Map.of(chosen.get().toString(), general(texts(request), outcome)),
            Optional.empty());
    }

    @Get(value = "/kalender.ics", produces = "text/calendar")
    HttpResponse<?> icalendar(HttpRequest<?> request, @PathVariable String id) {
        var event = publicEvent(id);
        if (event.isEmpty()) {
            return notFound(request);
        }
        return CalendarFiles.answer(reads.file("/events/" + event.get() + ".ics"), "arrangement-" + id + ".ics");
    }

    private HttpResponse<String> refused(HttpRequest<?> request, String id, Authentication viewer, HttpStatus status,
                                         EventPageView.Typed typed, String field, Texts texts) {
        var refusal = new CalendarPage.Refused(field, html(texts.text("ev.registration.error." + field)));
        return show(request, id, viewer, status, typed, Optional.of(refusal), Optional.empty(), Map.of(),
            Optional.empty());
    }

    private HttpResponse<String> show(HttpRequest<?> request, String id, @Nullable Authentication viewer,
                                      HttpStatus status, EventPageView.Typed typed,
                                      Optional<CalendarPage.Refused> refused, Optional<Content> general,
                                      Map<String, Content> shiftRefusals, Optional<Content> confirmation) {
        var texts = texts(request);
        var found = uuid(id).flatMap(calendar::find);
        if (found.isEmpty()) {
            return notFound(request);
        }
        var event = found.get();
        var token = viewer == null ? Optional.<String>empty() : accessTokens.toRelay(request);
        var registration = token.map(access -> reads.registrationFor(access, UUID.fromString(event.id())));
        var myShifts = token.map(reads::shifts).flatMap(ServiceReads.Answered::value).orElse(List.<MyStanding.Shift>of())
            .stream().filter(own -> own.eventId().equals(event.id())).toList();
        var csrf = csrfTokens.tokenFor(request);
        var page = EventPageView.of(new EventWords(texts), event, coHosts.names(event.coHostIds()),
            shifts.of(UUID.fromString(event.id())), new EventPageView.Viewer(viewer != null, csrf.value(),
                registration.flatMap(ServiceReads.Answered::value), registration.map(ServiceReads.Answered::unavailable)
                .orElse(false), myShifts, typed, refused, general, shiftRefusals, confirmation));
        var details = PageDetails.NONE.inMunicipality(event.municipality())
            .describedAs(texts.text("ev.event.description", event.title()))
            .withBreadcrumbs(PageDetails.Breadcrumb.to("/", texts.text("ev.crumb.home")),
                PageDetails.Breadcrumb.to("/kommuner/" + event.municipality() + "/arrangementer",
                    texts.text("ev.nav.events")),
                PageDetails.Breadcrumb.here(Html.escape(event.title())));
        var response = HttpResponse.<String>status(status)
            .body(Page.render(texts, Html.escape(event.title()),
                CalendarPagesController.TEMPLATES.render("event.jte", page)
                    + panels.render("event", event.id(), new PanelViewer(texts, viewer, csrf.value(),
                        request.getParameters()))
                    + Assets.bundled().scriptTag("event-seats.js"), request.getPath(), details))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    private Optional<UUID> publicEvent(String id) {
        return uuid(id).filter(event -> calendar.find(event).filter(CalendarEntry::isOpen).isPresent());
    }

    private static WriteOutcome await(Mono<WriteOutcome> write) {
        return write.blockOptional(PATIENCE).orElseThrow();
    }

    private static int status(WriteOutcome outcome) {
        return switch (outcome.kind()) {
            case ANSWERED -> outcome.answer().orElseThrow().status();
            case NOT_SIGNED_IN -> 401;
            default -> 503;
        };
    }

    private static Content general(Texts texts, WriteOutcome outcome) {
        var key = "ev.problem." + status(outcome);
        return html(texts.has(key) ? texts.text(key) : texts.text("ev.problem.other"));
    }

    private static Optional<Integer> companions(String typed) {
        if (typed.isBlank()) {
            return Optional.of(0);
        }
        try {
            var number = Integer.parseInt(typed.strip());
            return number >= 0 && number <= 9 ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        var values = form.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static Texts texts(HttpRequest<?> request) {
        return new Texts(LanguageChoice.of(request));
    }

    private static HttpResponse<String> notFound(HttpRequest<?> request) {
        return NotFoundPage.response(texts(request), request.getPath());
    }

    private static MutableHttpResponse<String> seeOther(String location) {
        return HttpResponse.<String>seeOther(URI.create(location)).header("Cache-Control", "no-store");
    }
}
