package no.samskap.gateway.events.venues;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
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
import no.samskap.gateway.events.organisers.FormFields;
import no.samskap.gateway.events.organisers.FormRefusal;
import no.samskap.gateway.events.organisers.OrganiserCalls;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * An association's admin applies to borrow a venue's room, follows the association's applications and cancels one.
 * The service decides who may act for the association; its refusals come back beside the fields they name.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RoomApplicationsController {

    static final String APPLICATIONS = "/lokaler/soknader";

    private final OrganiserCalls calls;
    private final Venues venues;
    private final VenueWeb web;

    RoomApplicationsController(OrganiserCalls calls, Venues venues, VenueWeb web) {
        this.calls = calls;
        this.venues = venues;
        this.web = web;
    }

    @Get("/lokaler/{id}/soknad")
    HttpResponse<String> applicationForm(HttpRequest<?> request, @PathVariable String id) {
        return form(request, id, ApplicationForm.empty(), FormProblems.NONE, HttpStatus.OK);
    }

    @Post("/lokaler/{id}/soknad")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> apply(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        var venue = VenueWeb.uuid(id).flatMap(venues::find);
        if (venue.isEmpty()) {
            return NotFoundPage.response(VenueWeb.texts(request), request.getPath());
        }
        var form = ApplicationForm.from(FormFields.parse(body));
        var outcome = calls.send(request, HttpMethod.POST, "/room-bookings", form.json(id));
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return form(request, id, form, FormProblems.of(refusal, VenueWeb.texts(request), ApplicationForm.FIELDS),
                HttpStatus.valueOf(refusal.status()));
        }
        return VenueWeb.seeOther(APPLICATIONS + "?forening=" + form.associationId() + "&ferdig=applied");
    }

    @Get(APPLICATIONS)
    HttpResponse<String> applications(HttpRequest<?> request, Authentication authentication,
                                      @QueryValue @Nullable String forening, @QueryValue @Nullable String ferdig) {
        return list(request, authentication, forening, ferdig, FormProblems.NONE, null, HttpStatus.OK);
    }

    @Post(APPLICATIONS + "/{bookingId}/avbestilling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> cancel(HttpRequest<?> request, Authentication authentication,
                                @PathVariable String bookingId, @Body @Nullable String body) {
        var booking = VenueWeb.uuid(bookingId);
        if (booking.isEmpty()) {
            return NotFoundPage.response(VenueWeb.texts(request), request.getPath());
        }
        var fields = FormFields.parse(body);
        var association = VenueWeb.uuid(fields.get("forening")).map(String::valueOf).orElse(null);
        var outcome = calls.send(request, HttpMethod.POST, "/room-bookings/" + booking.get() + "/cancellation",
            Map.of("reason", fields.get("reason")));
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return list(request, authentication, association, null, FormProblems.of(refusal,
                VenueWeb.texts(request), List.of("reason")), booking.get().toString(),
                HttpStatus.valueOf(refusal.status()));
        }
        return VenueWeb.seeOther(APPLICATIONS + (association == null ? "?" : "?forening=" + association + "&")
            + "ferdig=cancelled");
    }

    private HttpResponse<String> list(HttpRequest<?> request, Authentication authentication,
                                      @Nullable String forening, @Nullable String done, FormProblems refused,
                                      @Nullable String refusedBooking, HttpStatus status) {
        var texts = VenueWeb.texts(request);
        var t = new TemplateTexts(texts);
        var association = VenueWeb.uuid(forening).map(String::valueOf);
        var problems = refused;
        List<ApplicationsPage.Application> applications = List.of();
        if (association.isPresent()) {
            var outcome = calls.send(request, HttpMethod.GET, "/room-bookings?associationId=" + association.get(),
                null);
            if (outcome.succeeded()) {
                applications = bookings(texts, outcome);
            } else if (!problems.any()) {
                problems = FormProblems.of(FormRefusal.of(outcome, calls), texts, List.of());
            }
        }
        var choices = associations(t, municipalityOf(authentication), association.orElse(""));
        var confirmation = done != null && texts.has("ven.done." + done) ? t.get("ven.done." + done) : null;
        var title = texts.text("ven.applications.title");
        var shownProblems = problems;
        var shown = applications;
        return web.page(request, status, csrf -> Page.render(texts, title, VenueWeb.TEMPLATES.render(
            "venues/applications.jte", new ApplicationsPage(t, csrf, choices, association.orElse(null), shown,
                confirmation, shownProblems, refusedBooking)), APPLICATIONS));
    }

    private List<ApplicationsPage.Application> bookings(Texts texts, WriteOutcome outcome) {
        var words = new BookingWords(texts);
        var t = new TemplateTexts(texts);
        return outcome.answer().flatMap(answer -> calls.read(answer.body(),
                Argument.listOf(Argument.mapOf(String.class, Object.class))))
            .orElse(List.of()).stream().map(booking -> {
                var status = String.valueOf(booking.get("status"));
                var reason = Optional.ofNullable(booking.get("cancellationReason"))
                    .or(() -> Optional.ofNullable(booking.get("decisionReason"))).map(String::valueOf).orElse(null);
                return new ApplicationsPage.Application(String.valueOf(booking.get("id")),
                    String.valueOf(booking.getOrDefault("venueName", "")), "/lokaler/" + booking.get("venueId"),
                    TemplateTexts.html(words.of(booking)), String.valueOf(booking.getOrDefault("purpose", "")),
                    Boolean.TRUE.equals(booking.get("childrenAndYouth")),
                    texts.has("ven.status." + status) ? t.get("ven.status." + status) : TemplateTexts.html(escape(status)),
                    reason, "pending".equals(status) || "approved".equals(status));
            }).toList();
    }

    private HttpResponse<String> form(HttpRequest<?> request, String id, ApplicationForm form, FormProblems problems,
                                      HttpStatus status) {
        var texts = VenueWeb.texts(request);
        var venue = VenueWeb.uuid(id).flatMap(venues::find);
        if (venue.isEmpty()) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var t = new TemplateTexts(texts);
        var weekdays = ApplicationForm.WEEKDAYS.stream().map(day -> new ApplicationFormPage.Option(day,
            t.get("ven.weekday." + day), day.equals(form.weekday()))).toList();
        var action = "/lokaler/" + id + "/soknad";
        var title = texts.text("ven.apply.title", venue.get().name());
        return web.page(request, status, csrf -> Page.render(texts, title, VenueWeb.TEMPLATES.render(
            "venues/application-form.jte", new ApplicationFormPage(t, venue.get().name(), "/lokaler/" + id, action,
                csrf, form, associations(t, venue.get().municipality(), form.associationId()), weekdays,
                problems)), action));
    }

    private List<ApplicationFormPage.Option> associations(TemplateTexts t, String municipality, String chosen) {
        return venues.associationsOf(municipality).stream().map(association -> new ApplicationFormPage.Option(
            association.id().toString(), TemplateTexts.html(escape(association.name())),
            association.id().toString().equals(chosen))).toList();
    }

    private static String municipalityOf(Authentication authentication) {
        return authentication.getAttributes().get("municipality") instanceof String own ? own : "";
    }
}
