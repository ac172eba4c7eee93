package no.samskap.gateway.events.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import no.samskap.gateway.events.calendar.CalendarEntry;
import no.samskap.gateway.events.calendar.EventCalendar;
import no.samskap.gateway.events.cohosts.CoHosts;
import no.samskap.gateway.events.commands.MyStanding;
import no.samskap.gateway.events.commands.ServiceReads;
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

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * Renders an event's page for its controllers: the facts from the read model, and what only the service may tell
 * the viewer (their registration and shifts, the offers of help as the service lets them see them), asked live.
 */
@Singleton
final class EventPages {

    /** What the page shows besides the event: what the viewer typed or was refused, or a confirmation. */
    record Shown(EventPageView.Typed typed, Optional<CalendarPage.Refused> refused, Optional<Content> general,
                 Map<String, Content> shiftRefusals, Optional<Content> confirmation) {

        static Shown plain() {
            return new Shown(EventPageView.Typed.EMPTY, Optional.empty(), Optional.empty(), Map.of(),
                Optional.empty());
        }

        static Shown confirming(Optional<Content> confirmation) {
            return new Shown(EventPageView.Typed.EMPTY, Optional.empty(), Optional.empty(), Map.of(), confirmation);
        }

        static Shown shiftRefused(String shift, Content refusal) {
            return new Shown(EventPageView.Typed.EMPTY, Optional.empty(), Optional.empty(), Map.of(shift, refusal),
                Optional.empty());
        }
    }

    private final EventCalendar calendar;
    private final CoHosts coHosts;
    private final EventShifts shifts;
    private final ServiceReads reads;
    private final AccessTokens accessTokens;
    private final CsrfTokens csrfTokens;
    private final PagePanels panels;

    EventPages(EventCalendar calendar, CoHosts coHosts, EventShifts shifts, ServiceReads reads,
               AccessTokens accessTokens, CsrfTokens csrfTokens, PagePanels panels) {
        this.panels = panels;
        this.calendar = calendar;
        this.coHosts = coHosts;
        this.shifts = shifts;
        this.reads = reads;
        this.accessTokens = accessTokens;
        this.csrfTokens = csrfTokens;
    }

    HttpResponse<String> show(HttpRequest<?> request, String id, @Nullable Authentication viewer, HttpStatus status,
                              Shown shown) {
        var texts = texts(request);
        var found = uuid(id).flatMap(calendar::find);
        if (found.isEmpty()) {
            return notFound(request);
        }
        var event = found.get();
        var token = viewer == null ? Optional.<String>empty() : accessTokens.toRelay(request);
        var registration = token.map(access -> reads.registrationFor(access, UUID.fromString(event.id())));
        var myShifts = token.map(reads::shifts).flatMap(ServiceReads.Answered::value)
            .orElse(List.<MyStanding.Shift>of()).stream().filter(own -> own.eventId().equals(event.id())).toList();
        var csrf = csrfTokens.tokenFor(request);
        var page = EventPageView.of(new EventWords(texts), event, coHosts.names(event.coHostIds()),
            shifts.of(UUID.fromString(event.id())), helpOffers(event, token), new EventPageView.Viewer(viewer != null,
                csrf.value(), registration.flatMap(ServiceReads.Answered::value),
                registration.map(ServiceReads.Answered::unavailable).orElse(false), myShifts, shown));
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

    /** The event's id when the calendar has it open (published, not cancelled or completed). */
    Optional<UUID> publicEvent(String id) {
        return uuid(id).filter(event -> calendar.find(event).filter(CalendarEntry::isOpen).isPresent());
    }

    /** The shift's id when it is one of the open event's shifts. */
    Optional<UUID> shiftOf(String eventId, String shiftId) {
        var event = publicEvent(eventId);
        return uuid(shiftId).filter(found -> event.isPresent()
            && shifts.of(event.get()).stream().anyMatch(each -> each.id().equals(found.toString())));
    }

    private List<EventPageView.HelpBy> helpOffers(CalendarEntry event, Optional<String> token) {
        if (event.ideaIds().isEmpty()) {
            return List.of();
        }
        var offers = reads.helpOffers(token.orElse(null), UUID.fromString(event.id())).value().orElse(List.of());
        return offers.stream().map(offer -> new EventPageView.HelpBy(offer, offer.associationId() == null
            ? Optional.empty() : coHosts.names(List.of(offer.associationId())).stream().findFirst())).toList();
    }

    static int status(WriteOutcome outcome) {
        return switch (outcome.kind()) {
            case ANSWERED -> outcome.answer().orElseThrow().status();
            case NOT_SIGNED_IN -> 401;
            default -> 503;
        };
    }

    static Content general(Texts texts, WriteOutcome outcome) {
        var key = "ev.problem." + status(outcome);
        return html(texts.has(key) ? texts.text(key) : texts.text("ev.problem.other"));
    }

    static String first(Map<String, List<String>> form, String name) {
        var values = form.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    static Texts texts(HttpRequest<?> request) {
        return new Texts(LanguageChoice.of(request));
    }

    static HttpResponse<String> notFound(HttpRequest<?> request) {
        return NotFoundPage.response(texts(request), request.getPath());
    }

    static MutableHttpResponse<String> seeOther(String location) {
        return HttpResponse.<String>seeOther(URI.create(location)).header("Cache-Control", "no-store");
    }
}
