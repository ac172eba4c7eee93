package no.samskap.gateway.events.organisers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
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
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;
import no.samskap.platform.problem.Problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The organisers' pages: a new event (also from an accepted idea), changing it, its organiser page with the next
 * steps, and check-in at the door. Every read and write goes to the events service with the person's own token;
 * the service decides who organises what, and its refusals are shown in the page's language.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OrganiserPagesController {

    static final String NEW = "/arrangementer/ny";
    static final String PLANNING = "/arrangementer/planlegging";

    private final OrganiserCalls calls;
    private final OrganiserPages pages;

    OrganiserPagesController(OrganiserCalls calls, OrganiserPages pages) {
        this.calls = calls;
        this.pages = pages;
    }

    /** The events the person organises in their municipality, drafts first, with the way to a new one. */
    @Get(PLANNING)
    HttpResponse<String> planning(HttpRequest<?> request, Authentication authentication) {
        var texts = texts(request);
        var municipality = authentication.getAttributes().get("municipality") instanceof String own ? own : "";
        var events = calls.list(request, "/events?municipality=" + municipality);
        return page(request, HttpStatus.OK, csrf -> Page.render(texts, texts.text("evo.planning.title"),
            OrganiserPages.TEMPLATES.render("organisers/planning.jte", PlanningPage.of(texts, events, municipality)),
            PLANNING));
    }

    @Get(NEW)
    HttpResponse<String> newEvent(HttpRequest<?> request, Authentication authentication) {
        return form(request, authentication, null, EventForm.empty(List.of()), Optional.empty(), HttpStatus.OK);
    }

    @Post(NEW)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> draft(HttpRequest<?> request, Authentication authentication, @Body @Nullable String body) {
        var form = EventForm.from(FormFields.parse(body));
        var unreadable = form.unreadableField();
        if (unreadable.isPresent()) {
            return form(request, authentication, null, form, Optional.of(ownRefusal(unreadable.get())),
                HttpStatus.BAD_REQUEST);
        }
        var outcome = calls.send(request, HttpMethod.POST, "/events", form.json());
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return form(request, authentication, null, form, Optional.of(refusal), HttpStatus.valueOf(refusal.status()));
        }
        return toOrganiserPage(outcome, "created");
    }

    /** Staff make a draft from an accepted idea in one step; the service carries its title, text and offers over. */
    @Post("/arrangementer/fra-ide/{ideaId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> fromIdea(HttpRequest<?> request, @PathVariable String ideaId, @Body @Nullable String body) {
        var idea = uuid(ideaId);
        if (idea.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var outcome = calls.send(request, HttpMethod.POST, "/ideas/" + idea.get() + "/event", Map.of());
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return refusedPage(request, refusal, "/ideer/" + idea.get());
        }
        return toOrganiserPage(outcome, "fromIdea");
    }

    @Get("/arrangementer/{id}/organisering")
    HttpResponse<String> organiserPage(HttpRequest<?> request, @PathVariable String id,
                                       @QueryValue @Nullable String ferdig) {
        return organiser(request, id, Optional.empty(), ferdig == null ? "" : ferdig, HttpStatus.OK);
    }

    @Get("/arrangementer/{id}/endre")
    HttpResponse<String> edit(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        var event = uuid(id).flatMap(known -> calls.object(request, "/events/" + known));
        if (event.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        return form(request, authentication, id, EventForm.of(event.get()), Optional.empty(), HttpStatus.OK);
    }

    @Post("/arrangementer/{id}/endre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> change(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                @Body @Nullable String body) {
        var event = uuid(id);
        if (event.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var form = EventForm.from(FormFields.parse(body));
        var unreadable = form.unreadableField();
        if (unreadable.isPresent()) {
            return form(request, authentication, id, form, Optional.of(ownRefusal(unreadable.get())),
                HttpStatus.BAD_REQUEST);
        }
        var outcome = calls.send(request, HttpMethod.PATCH, "/events/" + event.get(), form.json());
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return form(request, authentication, id, form, Optional.of(refusal), HttpStatus.valueOf(refusal.status()));
        }
        return seeOther("/arrangementer/" + event.get() + "/organisering?ferdig=changed");
    }

    @Post("/arrangementer/{id}/publisering")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> publish(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        return step(request, id, "/publication", Map.of(), "published");
    }

    @Post("/arrangementer/{id}/fullforing")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> complete(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        return step(request, id, "/completion", Map.of(), "completed");
    }

    @Post("/arrangementer/{id}/avlysning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> cancel(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        return step(request, id, "/cancellation", Map.of("reason", FormFields.parse(body).get("reason")),
            "cancelled");
    }

    @Post("/arrangementer/{id}/vakter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> newShift(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        var fields = FormFields.parse(body);
        var shift = new LinkedHashMap<String, Object>();
        shift.put("role", fields.get("role"));
        shift.put("startsAt", fields.get("startsAt"));
        shift.put("endsAt", fields.get("endsAt"));
        for (var number : List.of("needed", "minimumAge")) {
            var typed = fields.get(number);
            if (!typed.isEmpty()) {
                try {
                    shift.put(number, Integer.parseInt(typed));
                } catch (NumberFormatException e) {
                    return organiser(request, id, Optional.of(ownRefusal(number)), "", HttpStatus.BAD_REQUEST);
                }
            }
        }
        shift.put("attestRequired", "true".equals(fields.get("attestRequired")));
        return step(request, id, "/shifts", shift, "shiftCreated");
    }

    @Get("/arrangementer/{id}/innsjekk")
    HttpResponse<String> checkIn(HttpRequest<?> request, @PathVariable String id,
                                 @QueryValue @Nullable String ferdig) {
        var event = uuid(id).flatMap(known -> calls.object(request, "/events/" + known));
        if (event.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var texts = texts(request);
        var roster = calls.object(request, "/events/" + id + "/registrations");
        var shifts = shifts(request, id);
        return page(request, HttpStatus.OK, csrf -> Page.render(texts, texts.text("evo.checkIn.title"),
            OrganiserPages.TEMPLATES.render("organisers/checkIn.jte",
                CheckInPage.of(texts, event.get(), roster, shifts, ferdig == null ? "" : ferdig, csrf)),
            request.getPath()));
    }

    @Post("/arrangementer/{id}/innsjekk/{registrationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> checkInAttendee(HttpRequest<?> request, @PathVariable String id,
                                         @PathVariable String registrationId, @Body @Nullable String body) {
        var event = uuid(id);
        var registration = uuid(registrationId);
        if (event.isEmpty() || registration.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var outcome = calls.send(request, HttpMethod.POST, "/events/" + event.get() + "/registrations/"
            + registration.get() + "/check-in", null);
        return outcome.succeeded() ? seeOther("/arrangementer/" + event.get() + "/innsjekk?ferdig=checkedIn#r-"
            + registration.get()) : refusedPage(request, FormRefusal.of(outcome, calls), "/arrangementer/"
            + event.get() + "/innsjekk");
    }

    @Post("/arrangementer/{id}/vakter/{shiftId}/innsjekk/{personId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> checkInVolunteer(HttpRequest<?> request, @PathVariable String id,
                                          @PathVariable String shiftId, @PathVariable String personId,
                                          @Body @Nullable String body) {
        var event = uuid(id);
        var shift = uuid(shiftId);
        if (event.isEmpty() || shift.isEmpty() || !personId.matches("[A-Za-z0-9._@-]{1,100}")) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var outcome = calls.send(request, HttpMethod.POST, "/shifts/" + shift.get() + "/sign-ups/" + personId
            + "/check-in", null);
        return outcome.succeeded() ? seeOther("/arrangementer/" + event.get() + "/innsjekk?ferdig=checkedIn")
            : refusedPage(request, FormRefusal.of(outcome, calls), "/arrangementer/" + event.get() + "/innsjekk");
    }

    private HttpResponse<String> step(HttpRequest<?> request, String id, String action, Map<String, Object> body,
                                      String done) {
        var event = uuid(id);
        if (event.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var outcome = calls.send(request, HttpMethod.POST, "/events/" + event.get() + action, body);
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return organiser(request, id, Optional.of(refusal), "", HttpStatus.valueOf(refusal.status()));
        }
        return seeOther("/arrangementer/" + event.get() + "/organisering?ferdig=" + done);
    }

    private HttpResponse<String> organiser(HttpRequest<?> request, String id, Optional<FormRefusal> refusal,
                                           String done, HttpStatus status) {
        var event = uuid(id).flatMap(known -> calls.object(request, "/events/" + known));
        if (event.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var texts = texts(request);
        var roster = calls.object(request, "/events/" + id + "/registrations");
        var shifts = shifts(request, id);
        return page(request, status, csrf -> Page.render(texts, texts.text("evo.page.title",
                String.valueOf(event.get().get("title"))), OrganiserPages.TEMPLATES.render("organisers/organiser.jte",
                OrganiserPage.of(texts, event.get(), roster, shifts, refusal, done, csrf)),
            "/arrangementer/" + id + "/organisering"));
    }

    private List<OrganiserCalls.Shift> shifts(HttpRequest<?> request, String eventId) {
        return calls.shifts(request, eventId);
    }

    private HttpResponse<String> form(HttpRequest<?> request, Authentication authentication, @Nullable String eventId,
                                      EventForm form, Optional<FormRefusal> refusal, HttpStatus status) {
        var texts = texts(request);
        var municipality = authentication.getAttributes().get("municipality") instanceof String own ? own : "";
        var coHosts = calls.list(request, "/co-hosts?municipality=" + municipality).stream()
            .map(choice -> new EventFormPage.Choice(String.valueOf(choice.get("id")), String.valueOf(choice.get("name"))))
            .toList();
        var venues = calls.list(request, "/venues?municipality=" + municipality).stream()
            .map(choice -> new EventFormPage.Choice(String.valueOf(choice.get("id")), String.valueOf(choice.get("name"))))
            .toList();
        var heading = texts.text(eventId == null ? "evo.form.new" : "evo.form.change");
        var action = eventId == null ? NEW : "/arrangementer/" + eventId + "/endre";
        return page(request, status, csrf -> Page.render(texts, heading, OrganiserPages.TEMPLATES.render(
            "organisers/eventForm.jte", EventFormPage.of(texts, heading, action, form, refusal, csrf, coHosts, venues)),
            action));
    }

    HttpResponse<String> refusedPage(HttpRequest<?> request, FormRefusal refusal, String back) {
        var texts = texts(request);
        var main = OrganiserPages.TEMPLATES.render("organisers/refused.jte", new RefusedPage(new TemplateTexts(texts),
            FormRefusal.messages(texts, Optional.of(refusal), List.of(), List.of()), back));
        return HttpResponse.<String>status(HttpStatus.valueOf(refusal.status())).body(Page.render(texts,
            texts.text("evo.refused.heading"), main, back)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private HttpResponse<String> toOrganiserPage(WriteOutcome outcome, String done) {
        var id = calls.answerOf(outcome).map(answer -> String.valueOf(answer.get("id"))).flatMap(
            OrganiserPagesController::uuid);
        return id.map(found -> seeOther("/arrangementer/" + found + "/organisering?ferdig=" + done))
            .orElseGet(() -> seeOther("/arrangementer"));
    }

    private HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, Function<String, String> render) {
        return pages.page(request, status, render);
    }

    static FormRefusal ownRefusal(String field) {
        return new FormRefusal(400, "invalid", "", List.of(new Problem.InvalidField(
            field, "")));
    }

    static HttpResponse<String> seeOther(String location) {
        return HttpResponse.<String>seeOther(URI.create(location)).header("Cache-Control", "no-store");
    }

    static Texts texts(HttpRequest<?> request) {
        return new Texts(LanguageChoice.of(request));
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
