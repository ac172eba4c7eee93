package no.samskap.gateway.ideas.pages;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.ideas.commands.IdeaWrites;
import no.samskap.gateway.shell.writes.FormRetries;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.gateway.shell.writes.WriteOutcome;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The forms on an idea page. Each sends its write on to the proposals service and answers 303 back to the idea with
 * a confirmation, or shows the page again with the refusal beside the form and what the person typed kept.
 */
@Controller("/ideer/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class IdeaActionsController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Text(String body, @Nullable String parentId) {
    }

    @Serdeable
    record Reason(String reason) {
    }

    @Serdeable
    record Appeal(String text) {
    }

    private final IdeaWrites writes;
    private final PageForms forms;
    private final IdeaPageRendering ideaPage;
    private final ProposalsReading proposals;

    private final FormChoices choices;

    IdeaActionsController(IdeaWrites writes, PageForms forms, IdeaPageRendering ideaPage, ProposalsReading proposals,
                          FormChoices choices) {
        this.choices = choices;
        this.writes = writes;
        this.forms = forms;
        this.ideaPage = ideaPage;
        this.proposals = proposals;
    }

    @Post("/stotte")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> support(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                 @Body @Nullable String body) {
        var give = !"false".equals(FormFields.parse(body).one("give"));
        return act(request, authentication, id, "support", "", give ? "supported" : "support-withdrawn",
            idea -> writes.support(request, idea, give));
    }

    @Post("/folg")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> follow(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                @Body @Nullable String body) {
        var follow = !"false".equals(FormFields.parse(body).one("follow"));
        return act(request, authentication, id, "follow", "", follow ? "followed" : "unfollowed",
            idea -> writes.follow(request, idea, follow));
    }

    @Post("/kommentarer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> comment(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                 @Body @Nullable String body) {
        var fields = FormFields.parse(body);
        var parent = IdeaPageRendering.uuid(fields.one("parentId")).map(UUID::toString).orElse(null);
        var form = parent == null ? "comment-form" : "reply-" + parent;
        return act(request, authentication, id, form, fields.one("body"), "commented",
            idea -> writes.comment(request, idea, forms.json(new Text(fields.one("body"), parent)),
                FormRetries.keyOf(request, body == null ? "" : body)));
    }

    @Post("/kommentarer/{commentId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> editComment(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                     @PathVariable String commentId, @Body @Nullable String body) {
        var text = FormFields.parse(body).one("body");
        return actOnComment(request, authentication, id, commentId, "edit-", text, "comment-edited",
            (idea, comment) -> writes.editComment(request, idea, comment, forms.json(new Text(text, null))));
    }

    @Post("/kommentarer/{commentId}/rapport")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> reportComment(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                       @PathVariable String commentId, @Body @Nullable String body) {
        var reason = FormFields.parse(body).one("reason");
        return actOnComment(request, authentication, id, commentId, "report-", reason, "reported",
            (idea, comment) -> writes.reportComment(request, idea, comment, forms.json(new Reason(reason))));
    }

    @Post("/kommentarer/{commentId}/anke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> appealComment(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                       @PathVariable String commentId, @Body @Nullable String body) {
        var text = FormFields.parse(body).one("text");
        return actOnComment(request, authentication, id, commentId, "appeal-", text, "comment-appealed",
            (idea, comment) -> writes.appealComment(request, idea, comment, forms.json(new Appeal(text))));
    }

    @Post("/rapport")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> report(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                @Body @Nullable String body) {
        var reason = FormFields.parse(body).one("reason");
        return act(request, authentication, id, "report-idea", reason, "reported",
            idea -> writes.report(request, idea, forms.json(new Reason(reason))));
    }

    @Post("/trekk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> withdraw(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        return act(request, authentication, id, "withdraw-idea", "", "withdrawn", idea -> writes.withdraw(request, idea));
    }

    /** Where an anonymous visitor's "sign in to take part" leads: through sign-in, then back to the idea. */
    @Get("/logg-inn")
    HttpResponse<String> signInHere(HttpRequest<?> request, @PathVariable String id) {
        return IdeaPageRendering.uuid(id).<HttpResponse<String>>map(idea -> PageForms.seeOther("/ideer/" + idea))
            .orElseGet(() -> notFound(request));
    }

    /** Only the author's: anyone else is told there is no such form, as the idea page offers them no link to it. */
    @Get("/endre")
    HttpResponse<String> editForm(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        var subject = PageForms.claim(authentication, "sub").orElse("");
        return IdeaPageRendering.uuid(id).flatMap(idea -> proposals.idea(request, idea))
            .filter(seen -> !subject.isEmpty() && subject.equals(seen.authorId()))
            .map(seen -> editPage(request, id, IdeaForm.of(seen), seen.municipality(), null, HttpStatus.OK))
            .orElseGet(() -> notFound(request));
    }

    @Post("/endre")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> edit(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                              @Body @Nullable String body) {
        var idea = IdeaPageRendering.uuid(id);
        if (idea.isEmpty()) {
            return notFound(request);
        }
        var form = IdeaForm.from(FormFields.parse(body));
        var outcome = forms.await(writes.edit(request, idea.get(), forms.json(form.editJson())));
        if (outcome.succeeded()) {
            return PageForms.seeOther("/ideer/" + idea.get() + "?done=edited");
        }
        var refusal = forms.refusal(outcome);
        var municipality = PageForms.claim(authentication, "municipality").orElse("");
        return editPage(request, id, form, municipality, refusal, HttpStatus.valueOf(refusal.status()));
    }

    private HttpResponse<String> act(HttpRequest<?> request, Authentication authentication, String id, String form,
                                     String typed, String done, Function<UUID, Mono<WriteOutcome>> write) {
        var idea = IdeaPageRendering.uuid(id);
        if (idea.isEmpty()) {
            return notFound(request);
        }
        var outcome = forms.await(write.apply(idea.get()));
        if (outcome.succeeded()) {
            return PageForms.seeOther("/ideer/" + idea.get() + "?done=" + done);
        }
        var refusal = forms.refusal(outcome);
        return ideaPage.render(request, authentication, id, HttpStatus.valueOf(refusal.status()), null,
            new Viewing.FormProblem(form, refusal, typed));
    }

    /** A form at a comment, whose id is {@code formPrefix} and the comment's; a comment id that is no UUID is 404. */
    private HttpResponse<String> actOnComment(HttpRequest<?> request, Authentication authentication, String id,
                                              String commentId, String formPrefix, String typed, String done,
                                              BiFunction<UUID, UUID, Mono<WriteOutcome>> write) {
        return IdeaPageRendering.uuid(commentId)
            .map(comment -> act(request, authentication, id, formPrefix + comment, typed, done,
                idea -> write.apply(idea, comment)))
            .orElseGet(() -> notFound(request));
    }

    private HttpResponse<String> editPage(HttpRequest<?> request, String id, IdeaForm form, String municipality,
                                          Refusal refusal, HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        var path = "/ideer/" + IdeaPageRendering.uuid(id).orElseThrow() + "/endre";
        return forms.page(request, status, csrf -> IdeaFormView.render(texts, IdeaFormView.Purpose.EDIT, path,
            form, refusal, csrf, municipality, choices.of(municipality, form, texts.language())));
    }

    private static HttpResponse<String> notFound(HttpRequest<?> request) {
        return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
    }
}
