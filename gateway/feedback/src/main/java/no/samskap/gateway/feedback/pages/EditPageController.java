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
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.feedback.service.FeedbackService;
import no.samskap.gateway.feedback.service.ServiceViews;
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
 * The author changes their own feedback within the service's window: the form filled from the service (only it
 * knows whose the piece is), the change relayed with the person's token, and a refusal (another's piece, the window
 * closed, a rating out of range) shown with the form in the page's words. Anyone else gets 404, as for a piece that
 * does not exist.
 */
@Controller("/tilbakemeldinger/{id}/endre")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class EditPageController {

    private final FeedbackService service;
    private final AccessTokens accessTokens;
    private final CsrfTokens csrfTokens;

    EditPageController(FeedbackService service, AccessTokens accessTokens, CsrfTokens csrfTokens) {
        this.service = service;
        this.accessTokens = accessTokens;
        this.csrfTokens = csrfTokens;
    }

    @Get
    HttpResponse<String> form(HttpRequest<?> request, @PathVariable String id) {
        var own = own(request, id);
        if (own.isEmpty()) {
            return Forms.notFound(request);
        }
        var current = own.get();
        var typed = new FeedbackForm.Typed(String.valueOf(current.rating()), Optional.ofNullable(current.text())
            .orElse(""), Optional.ofNullable(current.wishNext()).orElse(""), current.anonymous(), current.ideaConsent());
        return page(request, current.id(), typed, 200, null, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> edit(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        var feedback = Forms.uuid(id);
        if (feedback.isEmpty()) {
            return Forms.notFound(request);
        }
        var typed = FeedbackForm.Typed.from(Forms.of(body));
        var texts = Forms.texts(request);
        if (!typed.rating().matches("[1-5]")) {
            return page(request, feedback.get().toString(), typed, 422, "rating",
                new FeedbackWords(texts).refusal(422, "rating"));
        }
        var outcome = service.write(request, HttpMethod.PATCH, "/feedback/" + feedback.get(),
            new Writing.Editing(Integer.parseInt(typed.rating()), Forms.blankToNull(typed.text()),
                Forms.blankToNull(typed.wishNext()), typed.ideaConsent()), null);
        if (outcome.succeeded()) {
            return Forms.seeOther("/tilbakemeldinger/" + feedback.get() + "?ferdig=edited");
        }
        var refusal = service.refusal(outcome);
        var fieldOrRule = refusal.field().or(refusal::rule).orElse("");
        return page(request, feedback.get().toString(), typed, refusal.status(),
            FeedbackForm.FIELDS.contains(fieldOrRule) ? fieldOrRule : null,
            new FeedbackWords(texts).refusal(refusal.status(), fieldOrRule));
    }

    /** The piece when the service says it is the signed-in person's own. */
    private Optional<ServiceViews.Feedback> own(HttpRequest<?> request, String id) {
        return Forms.uuid(id).flatMap(feedback -> accessTokens.toRelay(request)
            .flatMap(token -> service.feedback(token, feedback.toString()).value())
            .filter(ServiceViews.Feedback::mine));
    }

    private HttpResponse<String> page(HttpRequest<?> request, String id, FeedbackForm.Typed typed, int status,
                                      @Nullable String field, @Nullable String refusal) {
        var texts = Forms.texts(request);
        var csrf = csrfTokens.tokenFor(request);
        var heading = texts.text("fb.edit.heading");
        var form = FeedbackForm.editing(texts, csrf.value(), heading, id, typed);
        var main = new FormPage(html(heading), "/tilbakemeldinger/" + id, html(texts.text("fb.edit.back")),
            refusal == null ? form : form.refused(typed, field, refusal)).render();
        var response = Forms.html(status, Page.render(texts, heading, main, request.getPath(),
            PageDetails.NONE.describedAs(texts.text("fb.edit.description"))));
        csrfTokens.remember(csrf, request, response);
        return response;
    }
}
