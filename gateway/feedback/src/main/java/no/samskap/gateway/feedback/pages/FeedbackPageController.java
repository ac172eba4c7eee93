package no.samskap.gateway.feedback.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.feedback.web.FeedbackWords;
import no.samskap.gateway.feedback.web.FormPage;
import no.samskap.gateway.feedback.web.Forms;
import no.samskap.gateway.shell.signin.AccessTokens;
import no.samskap.gateway.shell.web.CsrfTokens;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * A piece of feedback's page, and the residents' writes: giving feedback (from an event's or a unit's page),
 * reporting it, withdrawing one's own, and staff making it an idea. Each write is relayed with the person's token;
 * a refusal shows the page again with the service's reason in the page's words.
 */
@Controller("/tilbakemeldinger")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class FeedbackPageController {

    private final FeedbackPages pages;
    private final FeedbackBoard board;
    private final FeedbackService service;
    private final AccessTokens accessTokens;
    private final CsrfTokens csrfTokens;

    FeedbackPageController(FeedbackPages pages, FeedbackBoard board, FeedbackService service,
                           AccessTokens accessTokens, CsrfTokens csrfTokens) {
        this.pages = pages;
        this.board = board;
        this.service = service;
        this.accessTokens = accessTokens;
        this.csrfTokens = csrfTokens;
    }

    @Get("/{id}")
    HttpResponse<String> feedback(HttpRequest<?> request, @PathVariable String id, @Nullable Authentication viewer) {
        var texts = Forms.texts(request);
        var done = request.getParameters().getFirst("ferdig").filter(FeedbackPages.DONE::contains)
            .map(key -> texts.text("fb.confirm." + key));
        return pages.show(request, id, viewer, 200, done, Optional.empty());
    }

    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> give(HttpRequest<?> request, @Body @Nullable String body) {
        var form = Forms.of(body);
        var typed = FeedbackForm.Typed.from(form);
        var eventId = Forms.uuid(form.get("eventId")).map(Object::toString);
        var municipality = form.get("municipality");
        var unit = form.get("unit");
        if (eventId.isEmpty() && (!MunicipalityNumber.isValid(municipality) || unit.isEmpty())) {
            return Forms.notFound(request);
        }
        var texts = Forms.texts(request);
        var rating = rating(typed.rating());
        if (rating.isEmpty()) {
            return refusedForm(request, texts, eventId, municipality, unit, typed, 422, "rating");
        }
        var giving = new Writing.Giving(eventId.orElse(null), eventId.isPresent() ? null : municipality,
            eventId.isPresent() ? null : unit, rating.get(), Forms.blankToNull(typed.text()),
            Forms.blankToNull(typed.wishNext()), typed.anonymous(), typed.ideaConsent());
        var outcome = service.write(request, HttpMethod.POST, "/feedback", giving, null);
        if (outcome.succeeded()) {
            var given = service.body(outcome, Writing.Given.class);
            return Forms.seeOther(given.map(found -> "/tilbakemeldinger/" + found.id() + "?ferdig=given")
                .orElse("/meg#my-feedback"));
        }
        var refusal = service.refusal(outcome);
        return refusedForm(request, texts, eventId, municipality, unit, typed, refusal.status(),
            refusal.field().or(refusal::rule).orElse(""));
    }

    @Post("/{id}/rapport")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> report(HttpRequest<?> request, @PathVariable String id, Authentication viewer,
                                @Body @Nullable String body) {
        return step(request, id, viewer, "/reports", new Writing.Reporting(Forms.of(body).get("reason")),
            "reported");
    }

    @Post("/{id}/trekk")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> withdraw(HttpRequest<?> request, @PathVariable String id, Authentication viewer) {
        var feedback = Forms.uuid(id);
        if (feedback.isEmpty()) {
            return Forms.notFound(request);
        }
        var outcome = service.write(request, HttpMethod.DELETE, "/feedback/" + feedback.get(), null,
            () -> board.find(feedback.get()).isEmpty());
        if (outcome.succeeded()) {
            return Forms.seeOther("/meg?tilbakemelding=trukket#my-feedback");
        }
        return refusedPage(request, id, viewer, outcome);
    }

    @Post("/{id}/ide")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> turnIntoIdea(HttpRequest<?> request, @PathVariable String id, Authentication viewer,
                                      @Body @Nullable String body) {
        var form = Forms.of(body);
        return step(request, id, viewer, "/idea", new Writing.TurningIntoIdea(form.get("title"), form.get("body"),
            Forms.blankToNull(form.get("serviceArea"))), "idea");
    }

    /** The author's one appeal of a moderator's hiding; the service decides whether it may be appealed. */
    @Post("/{id}/anke")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> appeal(HttpRequest<?> request, @PathVariable String id, Authentication viewer,
                                @Body @Nullable String body) {
        return step(request, id, viewer, "/appeal", new Writing.Appealing(Forms.of(body).get("text")), "appealed");
    }

    private HttpResponse<String> step(HttpRequest<?> request, String id, Authentication viewer, String action,
                                      Object body, String done) {
        var feedback = Forms.uuid(id);
        if (feedback.isEmpty()) {
            return Forms.notFound(request);
        }
        var outcome = service.write(request, HttpMethod.POST, "/feedback/" + feedback.get() + action, body, null);
        if (outcome.succeeded()) {
            return Forms.seeOther("/tilbakemeldinger/" + feedback.get() + "?ferdig=" + done);
        }
        return refusedPage(request, id, viewer, outcome);
    }

    private HttpResponse<String> refusedPage(HttpRequest<?> request, String id, Authentication viewer,
                                             no.samskap.gateway.shell.writes.WriteOutcome outcome) {
        var refusal = service.refusal(outcome);
        var message = new FeedbackWords(Forms.texts(request)).refusal(refusal.status(),
            refusal.field().map(field -> isAppeal(request) ? "appeal-" + field : field)
                .or(refusal::rule).orElse(""));
        return pages.show(request, id, viewer, refusal.status(), Optional.empty(), Optional.of(message));
    }

    private HttpResponse<String> refusedForm(HttpRequest<?> request, Texts texts, Optional<String> eventId,
                                             String municipality, String unit, FeedbackForm.Typed typed, int status,
                                             String fieldOrRule) {
        var csrf = csrfTokens.tokenFor(request);
        var heading = eventId.map(event -> board.eventTitle(java.util.UUID.fromString(event))
                .map(title -> texts.text("fb.form.heading.event", title))
                .orElse(texts.text("fb.form.heading")))
            .orElseGet(() -> board.unit(municipality, unit).map(found -> texts.text("fb.form.heading.unit",
                found.name(texts.language()))).orElse(texts.text("fb.form.heading")));
        var message = new FeedbackWords(texts).refusal(status, fieldOrRule);
        var form = FeedbackForm.blank(texts, csrf.value(), heading, eventId.orElse(null),
            eventId.isPresent() ? null : municipality, eventId.isPresent() ? null : unit)
            .refused(typed, FeedbackForm.FIELDS.contains(fieldOrRule) ? fieldOrRule : null, message);
        var back = eventId.map(event -> "/arrangementer/" + event)
            .orElse("/kommuner/" + municipality + "/tjenester/" + unit);
        var main = new FormPage(html(texts.text("fb.form.heading")), back, html(texts.text("fb.form.back")), form)
            .render();
        var response = Forms.html(status, Page.render(texts, texts.text("fb.form.heading"), main, request.getPath(),
            PageDetails.NONE.describedAs(texts.text("fb.form.heading"))));
        csrfTokens.remember(csrf, request, response);
        return response;
    }

    /** An appeal's "text" is its reason, not the feedback's text, so it has its own words. */
    private static boolean isAppeal(HttpRequest<?> request) {
        return request.getPath().endsWith("/anke");
    }

    private static Optional<Integer> rating(String typed) {
        return Optional.of(typed).filter(value -> value.matches("[1-5]")).map(Integer::parseInt);
    }
}
