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
import no.samskap.gateway.events.organisers.FormFields;
import no.samskap.gateway.events.organisers.FormRefusal;
import no.samskap.gateway.events.organisers.OrganiserCalls;
import no.samskap.gateway.shell.staff.StaffInboxPages;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * The staff's decision on an association's application for a room: the service's booking with what it collides
 * with, and approval or decline with a reason, relayed with the staff member's token. Done, back to the inbox.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RoomDecisionsController {

    static final String PATH = StaffInboxPages.PATH + "/lokaler";

    private final OrganiserCalls calls;
    private final VenueWeb web;
    private final StaffInboxPages inbox;

    RoomDecisionsController(OrganiserCalls calls, VenueWeb web, StaffInboxPages inbox) {
        this.calls = calls;
        this.web = web;
        this.inbox = inbox;
    }

    @Get(PATH + "/{id}")
    HttpResponse<String> decision(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        if (StaffMember.of(authentication).isEmpty()) {
            return inbox.forbidden(request);
        }
        return page(request, id, "", FormProblems.NONE, HttpStatus.OK);
    }

    @Post(PATH + "/{id}/godkjenning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> approve(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                 @Body @Nullable String body) {
        if (StaffMember.of(authentication).isEmpty()) {
            return inbox.forbidden(request);
        }
        return decide(request, id, "/approval", FormFields.parse(body).get("reason"));
    }

    @Post(PATH + "/{id}/avslag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> decline(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                 @Body @Nullable String body) {
        if (StaffMember.of(authentication).isEmpty()) {
            return inbox.forbidden(request);
        }
        return decide(request, id, "/decline", FormFields.parse(body).get("reason"));
    }

    private HttpResponse<String> decide(HttpRequest<?> request, String id, String step, String reason) {
        var booking = VenueWeb.uuid(id);
        if (booking.isEmpty()) {
            return NotFoundPage.response(VenueWeb.texts(request), request.getPath());
        }
        var outcome = calls.send(request, HttpMethod.POST, "/room-bookings/" + booking.get() + step,
            Map.of("reason", reason));
        if (!outcome.succeeded()) {
            var refusal = FormRefusal.of(outcome, calls);
            return page(request, id, reason, FormProblems.of(refusal, VenueWeb.texts(request), List.of("reason")),
                HttpStatus.valueOf(refusal.status()));
        }
        return VenueWeb.seeOther(StaffInboxPages.PATH + "?" + StaffInboxPages.DONE + "=" + RoomRequestsSection.KEY);
    }

    private HttpResponse<String> page(HttpRequest<?> request, String id, String reason, FormProblems problems,
                                      HttpStatus status) {
        var texts = VenueWeb.texts(request);
        var booking = VenueWeb.uuid(id).flatMap(known -> calls.object(request, "/room-bookings/" + known));
        if (booking.isEmpty()) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var t = new TemplateTexts(texts);
        var words = new BookingWords(texts);
        var b = booking.get();
        var state = String.valueOf(b.get("status"));
        var title = texts.text("ven.decision.heading");
        return web.page(request, status, csrf -> Page.render(texts, title, VenueWeb.TEMPLATES.render(
            "venues/decision.jte", new DecisionPage(t, id, csrf, text(b, "venueName"), "/lokaler/" + b.get("venueId"),
                text(b, "associationName"), TemplateTexts.html(words.of(b)), text(b, "purpose"),
                Boolean.TRUE.equals(b.get("childrenAndYouth")), texts.has("ven.status." + state)
                ? t.get("ven.status." + state) : TemplateTexts.html(escape(state)), "pending".equals(state),
                others(request, texts, b.get("collidesWith"), true), others(request, texts, b.get("clashesWith"),
                false), reason, problems)), request.getPath()));
    }

    private List<DecisionPage.Other> others(HttpRequest<?> request, Texts texts, Object ids, boolean waiting) {
        if (!(ids instanceof List<?> list)) {
            return List.of();
        }
        var words = new BookingWords(texts);
        return list.stream().map(String::valueOf).map(VenueWeb::uuid).flatMap(java.util.Optional::stream)
            .map(UUID::toString).map(other -> calls.object(request, "/room-bookings/" + other).map(found ->
                new DecisionPage.Other(other, waiting ? PATH + "/" + other : null, TemplateTexts.html(texts.text(
                    "ven.decision.other", holder(found), words.of(found)))))
                .orElseGet(() -> new DecisionPage.Other(other, waiting ? PATH + "/" + other : null,
                    TemplateTexts.html(texts.text("ven.decision.unknown", other)))))
            .toList();
    }

    private static String holder(Map<String, Object> booking) {
        return Objects.toString(booking.get("associationName") != null ? booking.get("associationName")
            : booking.get("eventTitle"), "");
    }

    private static String text(Map<String, Object> booking, String field) {
        var value = booking.get(field);
        return value == null ? "" : String.valueOf(value);
    }
}
