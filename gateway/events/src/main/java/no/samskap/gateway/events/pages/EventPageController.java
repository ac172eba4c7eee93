package no.samskap.gateway.events.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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
import no.samskap.gateway.events.commands.EventWrites;
import no.samskap.gateway.events.commands.ServiceReads;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.events.pages.EventPages.first;
import static no.samskap.gateway.events.pages.EventPages.general;
import static no.samskap.gateway.events.pages.EventPages.notFound;
import static no.samskap.gateway.events.pages.EventPages.seeOther;
import static no.samskap.gateway.events.pages.EventPages.status;
import static no.samskap.gateway.events.pages.EventPages.texts;
import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * An event's page: its facts from the read model, the viewer's own registration asked live of the service, the
 * registration form and cancelling, each relayed with the person's own token. A volunteer's forms are in
 * {@link VolunteerShiftsController}.
 */
@Controller("/arrangementer/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EventPageController {

    /** Longer than the relay's own read timeout and read-your-writes wait together, so those answer first. */
    static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Map<String, String> FIELDS = Map.of("companions", "companions",
        "accessibilityNeeds.codes", "needs", "accessibilityNeeds.note", "note");
    private static final Map<String, String> CONFIRMATIONS = Map.of("pameldt", "ev.confirm.shift",
        "avmeldt", "ev.confirm.shiftLeft", "fravaer", "ev.confirm.absence");

    @Serdeable
    record Registering(int companions, Needs accessibilityNeeds) {
    }

    @Serdeable
    record Needs(List<String> codes, String note) {
    }

    private final EventPages pages;
    private final EventWrites writes;
    private final ServiceReads reads;

    EventPageController(EventPages pages, EventWrites writes, ServiceReads reads) {
        this.pages = pages;
        this.writes = writes;
        this.reads = reads;
    }

    @Get
    HttpResponse<String> event(HttpRequest<?> request, @PathVariable String id, @Nullable Authentication viewer,
                               @QueryValue @Nullable String pamelding, @QueryValue @Nullable String vakt) {
        var texts = texts(request);
        var confirmation = Optional.ofNullable(pamelding).filter(List.of("mottatt", "avmeldt")::contains)
            .map(done -> "ev.confirm.registration." + done)
            .or(() -> Optional.ofNullable(vakt).map(CONFIRMATIONS::get))
            .map(key -> html(texts.text(key)));
        return pages.show(request, id, viewer, HttpStatus.OK, EventPages.Shown.confirming(confirmation));
    }

    @Post("/pamelding")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> register(HttpRequest<?> request, @PathVariable String id, Authentication viewer,
                                  @Body @Nullable String body) {
        var event = pages.publicEvent(id);
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
        return pages.show(request, id, viewer, status, new EventPages.Shown(typed, Optional.empty(),
            Optional.of(general(texts, outcome)), Map.of(), Optional.empty()));
    }

    @Post("/pamelding/avmelding")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> cancel(HttpRequest<?> request, @PathVariable String id, Authentication viewer) {
        var event = pages.publicEvent(id);
        if (event.isEmpty()) {
            return notFound(request);
        }
        var outcome = await(writes.cancelRegistration(request, event.get()));
        if (outcome.succeeded()) {
            return seeOther("/arrangementer/" + id + "?pamelding=avmeldt#registration");
        }
        return pages.show(request, id, viewer, HttpStatus.valueOf(status(outcome)), new EventPages.Shown(
            EventPageView.Typed.EMPTY, Optional.empty(), Optional.of(general(texts(request), outcome)), Map.of(),
            Optional.empty()));
    }

    @Get(value = "/kalender.ics", produces = "text/calendar")
    HttpResponse<?> icalendar(HttpRequest<?> request, @PathVariable String id) {
        var event = pages.publicEvent(id);
        if (event.isEmpty()) {
            return notFound(request);
        }
        return CalendarFiles.answer(reads.file("/events/" + event.get() + ".ics"), "arrangement-" + id + ".ics");
    }

    private HttpResponse<String> refused(HttpRequest<?> request, String id, Authentication viewer, HttpStatus status,
                                         EventPageView.Typed typed, String field, Texts texts) {
        var refusal = new CalendarPage.Refused(field, html(texts.text("ev.registration.error." + field)));
        return pages.show(request, id, viewer, status, new EventPages.Shown(typed, Optional.of(refusal),
            Optional.<Content>empty(), Map.of(), Optional.empty()));
    }

    static WriteOutcome await(Mono<WriteOutcome> write) {
        return write.blockOptional(PATIENCE).orElseThrow();
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
}
