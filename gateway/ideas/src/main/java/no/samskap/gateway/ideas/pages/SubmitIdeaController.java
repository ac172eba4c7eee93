package no.samskap.gateway.ideas.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.ideas.commands.IdeaWrites;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Notice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.FormRetries;

import java.io.IOException;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Ny idé": the form to submit an idea, sent on to the proposals service as JSON. A new idea opens its own page;
 * one held for moderation gets a page saying it was received. Anonymous visitors are sent to sign in and back.
 */
@Controller("/ideer/ny")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class SubmitIdeaController {

    private static final String PATH = "/ideer/ny";
    private static final String RESIDENT = "resident";

    @Serdeable
    record Submitted(String id, String status) {
    }

    private final IdeaWrites writes;
    private final PageForms forms;
    private final JsonMapper json;
    private final FormChoices choices;

    SubmitIdeaController(IdeaWrites writes, PageForms forms, JsonMapper json, FormChoices choices) {
        this.writes = writes;
        this.forms = forms;
        this.json = json;
        this.choices = choices;
    }

    @Get
    HttpResponse<String> form(HttpRequest<?> request, Authentication authentication) {
        if (!isResident(authentication)) {
            return residentsOnly(request);
        }
        return render(request, authentication, IdeaForm.EMPTY, null, HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> submit(HttpRequest<?> request, Authentication authentication, @Body @Nullable String body) {
        if (!isResident(authentication)) {
            return residentsOnly(request);
        }
        var form = IdeaForm.from(FormFields.parse(body));
        var outcome = forms.await(writes.submit(request, forms.json(form.json()), FormRetries.keyOf(request, body == null ? "" : body)));
        if (!outcome.succeeded()) {
            var refusal = forms.refusal(outcome);
            return render(request, authentication, form, refusal, HttpStatus.valueOf(refusal.status()));
        }
        return submitted(outcome.answer().orElseThrow().body())
            .filter(idea -> !"submitted".equals(idea.status()))
            .map(idea -> PageForms.seeOther("/ideer/" + idea.id() + "?done=submitted"))
            .orElseGet(() -> PageForms.seeOther(PATH + "/mottatt"));
    }

    @Get("/mottatt")
    HttpResponse<String> received(HttpRequest<?> request) {
        var texts = new Texts(LanguageChoice.of(request));
        var main = new Notice(null, html(texts.text("submit.received.heading")), "received",
            html(texts.text("submit.received.text")), "/meg", html(texts.text("submit.received.toMyPage")), true).render();
        return HttpResponse.ok(Page.render(texts, texts.text("submit.received.heading") + " – Samskap", main,
            PATH + "/mottatt")).contentType(MediaType.TEXT_HTML_TYPE);
    }

    /** Ideas come from residents; staff and admins answer them, so they are told so rather than refused after typing. */
    private static boolean isResident(Authentication authentication) {
        return authentication.getRoles().contains(RESIDENT);
    }

    private static HttpResponse<String> residentsOnly(HttpRequest<?> request) {
        var texts = new Texts(LanguageChoice.of(request));
        var main = new Notice("residents-only", html(texts.text("submit.residentsOnly.heading")), null,
            html(texts.text("submit.residentsOnly.text")), "/meg", html(texts.text("submit.received.toMyPage")), false)
            .render();
        return HttpResponse.<String>status(HttpStatus.FORBIDDEN)
            .body(Page.render(texts, texts.text("submit.residentsOnly.heading") + " – Samskap", main, PATH))
            .contentType(MediaType.TEXT_HTML_TYPE);
    }

    private HttpResponse<String> render(HttpRequest<?> request, Authentication authentication, IdeaForm form,
                                        Refusal refusal, HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        var municipality = PageForms.claim(authentication, "municipality").orElse("");
        return forms.page(request, status, csrf -> IdeaFormView.render(texts, IdeaFormView.Purpose.SUBMIT, PATH,
            form, refusal, csrf, municipality, choices.of(municipality, form, texts.language())));
    }

    private Optional<Submitted> submitted(byte[] answer) {
        try {
            return Optional.ofNullable(json.readValue(answer, Argument.of(Submitted.class)))
                .filter(idea -> idea.id() != null && idea.id().matches("[0-9a-fA-F-]{36}"));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
