package no.samskap.gateway.events.pages;

import gg.jte.Content;
import io.micronaut.context.annotation.Value;
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
import no.samskap.gateway.shell.web.MunicipalityNames;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.PagePanels;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.web.VisitorPages;
import no.samskap.gateway.shell.writes.WriteOutcome;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * Renders an event's page for its controllers: the facts from the read model, and what only the service may tell
 * the viewer (their registration and shifts, the offers of help as the service lets them see them), asked live. A
 * visitor's page of an event without ideas is kept while nothing on it changes (ADR 0067).
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
    private final EventPageVersions versions;
    private final MunicipalityNames names;
    private final VisitorPages<RenderedFrom> visitorPages;

    EventPages(EventCalendar calendar, CoHosts coHosts, EventShifts shifts, ServiceReads reads,
               AccessTokens accessTokens, CsrfTokens csrfTokens, PagePanels panels, EventPageVersions versions,
               MunicipalityNames names, @Value("${samskap.event-pages.kept:1024}") int kept) {
        this.versions = versions;
        this.names = names;
        this.visitorPages = new VisitorPages<>(kept);
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
        var event = uuid(id);
        if (event.isPresent() && status == HttpStatus.OK && shown.equals(Shown.plain())
            && VisitorPages.forEveryone(request, viewer)) {
            return forEveryone(request, event.get());
        }
        return render(request, event, viewer, status, shown, NOT_KEPT);
    }

    /**
     * A visitor's page, as kept while the event's page version and the municipality's name are unchanged (ADR 0067).
     * The version is read before anything the page shows, so a kept page is never newer than it says.
     */
    private HttpResponse<String> forEveryone(HttpRequest<?> request, UUID event) {
        var address = request.getPath();
        var language = texts(request).language();
        var version = versions.versionOf(event);
        if (version.isEmpty()) {
            return render(request, Optional.of(event), null, HttpStatus.OK, Shown.plain(), NOT_KEPT);
        }
        var kept = visitorPages.kept(address, language, version.getAsLong(),
            from -> from.name().equals(names.knownNameOf(from.municipality())));
        if (kept.isPresent()) {
            return answer(request, HttpStatus.OK, kept.get());
        }
        return render(request, Optional.of(event), null, HttpStatus.OK, Shown.plain(),
            (from, csrf, html) -> visitorPages.keep(address, language, version.getAsLong(), from, csrf, html));
    }

    private HttpResponse<String> render(HttpRequest<?> request, Optional<UUID> id, @Nullable Authentication viewer,
                                        HttpStatus status, Shown shown, Keeping keeping) {
        var texts = texts(request);
        var found = id.flatMap(calendar::find);
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
        var name = names.knownNameOf(event.municipality());
        var html = Page.render(texts, Html.escape(event.title()),
            CalendarPagesController.TEMPLATES.render("event.jte", page)
                + panels.render("event", event.id(), new PanelViewer(texts, viewer, csrf.value(),
                    request.getParameters()))
                + Assets.bundled().scriptTag("event-seats.js"), request.getPath(), details);
        if (event.ideaIds().isEmpty()) {
            // The offers of help on an event of ideas are asked of the service on every view: no version says when
            // they change, so such a page is never kept.
            keeping.keep(new RenderedFrom(event.municipality(), name), csrf.value(), html);
        }
        return answer(request, status, html);
    }

    private HttpResponse<String> answer(HttpRequest<?> request, HttpStatus status, String html) {
        var csrf = csrfTokens.tokenFor(request);
        var response = HttpResponse.<String>status(status).body(html)
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    /** What a visitor's event page was rendered from besides its version. */
    record RenderedFrom(String municipality, Optional<String> name) {
    }

    private interface Keeping {
        void keep(RenderedFrom from, String csrf, String html);
    }

    private static final Keeping NOT_KEPT = (from, csrf, html) -> {
    };

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
