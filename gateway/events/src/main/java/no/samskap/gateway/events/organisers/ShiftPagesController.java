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
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;

import java.util.Map;
import java.util.Optional;

import static no.samskap.gateway.events.organisers.OrganiserPagesController.ownRefusal;
import static no.samskap.gateway.events.organisers.OrganiserPagesController.seeOther;
import static no.samskap.gateway.events.organisers.OrganiserPagesController.texts;
import static no.samskap.gateway.events.organisers.OrganiserPagesController.uuid;

/**
 * The organisers' pages of an event's shifts: who signed up for each, by name, and the form that changes a shift's
 * role, times and places. Read and changed with the person's own token; the events service decides who leads a
 * shift (its sign-ups) and who organises the event (changing it).
 */
@Controller("/arrangementer/{id}/vakter")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ShiftPagesController {

    private final OrganiserCalls calls;
    private final OrganiserPages pages;

    ShiftPagesController(OrganiserCalls calls, OrganiserPages pages) {
        this.calls = calls;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> shifts(HttpRequest<?> request, @PathVariable String id, @QueryValue @Nullable String ferdig) {
        var event = uuid(id).flatMap(known -> calls.object(request, "/events/" + known));
        if (event.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var texts = texts(request);
        var shifts = calls.shifts(request, id);
        return pages.page(request, HttpStatus.OK, csrf -> Page.render(texts, texts.text("evo.shiftList.title"),
            OrganiserPages.TEMPLATES.render("organisers/shiftList.jte",
                ShiftListPage.of(texts, event.get(), shifts, ferdig == null ? "" : ferdig)), request.getPath()));
    }

    @Get("/{shiftId}/endre")
    HttpResponse<String> edit(HttpRequest<?> request, @PathVariable String id, @PathVariable String shiftId) {
        var shift = shiftOf(request, id, shiftId);
        if (shift.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        return form(request, id, shiftId, ShiftForm.of(shift.get()), Optional.empty(), HttpStatus.OK);
    }

    @Post("/{shiftId}/endre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> change(HttpRequest<?> request, @PathVariable String id, @PathVariable String shiftId,
                                @Body @Nullable String body) {
        if (uuid(id).isEmpty() || uuid(shiftId).isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var form = ShiftForm.from(FormFields.parse(body));
        var unreadable = form.unreadableField();
        if (unreadable.isPresent()) {
            return form(request, id, shiftId, form, Optional.of(ownRefusal(unreadable.get())), HttpStatus.BAD_REQUEST);
        }
        var outcome = calls.send(request, HttpMethod.PATCH, "/shifts/" + uuid(shiftId).get(), form.json());
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return form(request, id, shiftId, form, Optional.of(refusal), HttpStatus.valueOf(refusal.status()));
        }
        return seeOther("/arrangementer/" + uuid(id).get() + "/vakter?ferdig=shiftChanged#shift-"
            + uuid(shiftId).get());
    }

    private Optional<Map<String, Object>> shiftOf(HttpRequest<?> request, String eventId, String shiftId) {
        if (uuid(eventId).isEmpty() || uuid(shiftId).isEmpty()) {
            return Optional.empty();
        }
        return calls.list(request, "/events/" + uuid(eventId).get() + "/shifts").stream()
            .filter(shift -> shiftId.equals(String.valueOf(shift.get("id")))).findFirst();
    }

    private HttpResponse<String> form(HttpRequest<?> request, String eventId, String shiftId, ShiftForm form,
                                      Optional<FormRefusal> refusal, HttpStatus status) {
        var texts = texts(request);
        return pages.page(request, status, csrf -> Page.render(texts, texts.text("evo.shiftForm.heading"),
            OrganiserPages.TEMPLATES.render("organisers/shiftForm.jte",
                ShiftFormPage.of(texts, eventId, shiftId, form, refusal, csrf)), request.getPath()));
    }
}
