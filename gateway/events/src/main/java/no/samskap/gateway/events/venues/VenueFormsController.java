package no.samskap.gateway.events.venues;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.contract.events.AccessibilityFacts;
import no.samskap.gateway.events.organisers.FormFields;
import no.samskap.gateway.events.organisers.FormRefusal;
import no.samskap.gateway.events.organisers.OrganiserCalls;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.writes.ReadYourWrites;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Staff add and change their municipality's venues; anyone else signed in is told the form is the staff's (403). The form goes to the events service with the staff member's
 * token, which decides whose venue it is; the answer waits until the read model shows the change, so the venue's
 * page that follows has it.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class VenueFormsController {

    static final String NEW = "/lokaler/ny";
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private final OrganiserCalls calls;
    private final Venues venues;
    private final ReadYourWrites readYourWrites;
    private final VenueWeb web;

    VenueFormsController(OrganiserCalls calls, Venues venues, ReadYourWrites readYourWrites, VenueWeb web) {
        this.calls = calls;
        this.venues = venues;
        this.readYourWrites = readYourWrites;
        this.web = web;
    }

    @Get(NEW)
    HttpResponse<String> newVenue(HttpRequest<?> request, Authentication authentication) {
        if (StaffMember.of(authentication).isEmpty()) {
            return VenueWeb.staffOnly(request);
        }
        return form(request, null, VenueForm.empty(), FormProblems.NONE, HttpStatus.OK);
    }

    @Post(NEW)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> create(HttpRequest<?> request, Authentication authentication, @Body @Nullable String body) {
        if (StaffMember.of(authentication).isEmpty()) {
            return VenueWeb.staffOnly(request);
        }
        return save(request, null, VenueForm.from(FormFields.parse(body)));
    }

    @Get("/lokaler/{id}/endre")
    HttpResponse<String> edit(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        if (StaffMember.of(authentication).isEmpty()) {
            return VenueWeb.staffOnly(request);
        }
        var venue = VenueWeb.uuid(id).flatMap(known -> calls.object(request, "/venues/" + known));
        if (venue.isEmpty()) {
            return NotFoundPage.response(VenueWeb.texts(request), request.getPath());
        }
        return form(request, id, VenueForm.of(venue.get()), FormProblems.NONE, HttpStatus.OK);
    }

    @Post("/lokaler/{id}/endre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> change(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                @Body @Nullable String body) {
        if (StaffMember.of(authentication).isEmpty()) {
            return VenueWeb.staffOnly(request);
        }
        if (VenueWeb.uuid(id).isEmpty()) {
            return NotFoundPage.response(VenueWeb.texts(request), request.getPath());
        }
        return save(request, id, VenueForm.from(FormFields.parse(body)));
    }

    private HttpResponse<String> save(HttpRequest<?> request, @Nullable String id, VenueForm form) {
        var texts = VenueWeb.texts(request);
        var unreadable = form.unreadableField();
        if (unreadable.isPresent()) {
            return form(request, id, form, FormProblems.field(texts, unreadable.get()), HttpStatus.BAD_REQUEST);
        }
        var outcome = id == null ? calls.send(request, HttpMethod.POST, "/venues", form.json())
            : calls.send(request, HttpMethod.PATCH, "/venues/" + id, form.json());
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return form(request, id, form, FormProblems.of(refusal, texts, VenueForm.FIELDS),
                HttpStatus.valueOf(refusal.status()));
        }
        var answer = calls.answerOf(outcome);
        var saved = answer.map(venue -> String.valueOf(venue.get("id"))).flatMap(VenueWeb::uuid);
        if (saved.isEmpty()) {
            return VenueWeb.seeOther("/");
        }
        var describedAt = answer.map(venue -> venue.get("describedAt")).map(String::valueOf).map(Instant::parse)
            .orElse(Instant.EPOCH);
        awaitReadModel(saved.get(), describedAt);
        return VenueWeb.seeOther("/lokaler/" + saved.get() + "?ferdig=" + (id == null ? "created" : "changed"));
    }

    private void awaitReadModel(UUID venue, Instant describedAt) {
        readYourWrites.awaitShowing("venue " + venue, () -> venues.describedSince(venue, describedAt))
            .block(PATIENCE);
    }

    private HttpResponse<String> form(HttpRequest<?> request, @Nullable String id, VenueForm form,
                                      FormProblems problems, HttpStatus status) {
        var texts = VenueWeb.texts(request);
        var t = new TemplateTexts(texts);
        var heading = texts.text(id == null ? "ven.form.new" : "ven.form.change");
        var action = id == null ? NEW : "/lokaler/" + id + "/endre";
        var choices = AccessibilityFacts.ALL.stream().map(code -> new VenueFormPage.Choice(code,
            t.get("ev.access." + code), form.accessibility().contains(code))).toList();
        return web.page(request, status, csrf -> Page.render(texts, heading, VenueWeb.TEMPLATES.render(
            "venues/venue-form.jte", new VenueFormPage(t, heading, action, csrf, form, choices, problems)), action));
    }
}
