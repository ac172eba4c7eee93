package no.samskap.gateway.ideas.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
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
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Texts;

/**
 * The innbyggerforslag's forms on an idea page: the author starts and sends it, a resident signs or takes the signature
 * back, staff record the council's handling or refuse it. Each answers 303 back to the idea with a confirmation, or
 * shows the page again with the refusal beside the form.
 */
@Controller("/ideer/{id}/innbyggerforslag")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PetitionFormsController {

    @Serdeable
    record Handling(String meetingDate, String decision, String caseUrl) {
    }

    @Serdeable
    record RefusalReason(String reason) {
    }

    private final IdeaWrites writes;
    private final PageForms forms;
    private final IdeaPageRendering ideaPage;

    PetitionFormsController(IdeaWrites writes, PageForms forms, IdeaPageRendering ideaPage) {
        this.writes = writes;
        this.forms = forms;
        this.ideaPage = ideaPage;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> start(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        return act(request, authentication, id, "petition-start", "", "petition-started", HttpMethod.POST, "", null);
    }

    @Post("/signatur")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> sign(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                              @Body @Nullable String body) {
        var give = !"false".equals(FormFields.parse(body).one("give"));
        return act(request, authentication, id, "petition-sign", "", give ? "petition-signed" : "petition-unsigned",
            give ? HttpMethod.PUT : HttpMethod.DELETE, "signature", null);
    }

    @Post("/sending")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> send(HttpRequest<?> request, Authentication authentication, @PathVariable String id) {
        return act(request, authentication, id, "petition-send", "", "petition-sent", HttpMethod.POST, "sending", null);
    }

    @Post("/behandling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> handling(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                  @Body @Nullable String body) {
        var fields = FormFields.parse(body);
        var handling = new Handling(fields.one("meetingDate"), fields.one("decision"), fields.one("caseUrl"));
        return act(request, authentication, id, "petition-handling", handling.decision(), "petition-handled",
            HttpMethod.POST, "handling", forms.json(handling));
    }

    @Post("/avvisning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> refuse(HttpRequest<?> request, Authentication authentication, @PathVariable String id,
                                @Body @Nullable String body) {
        var reason = FormFields.parse(body).one("reason");
        return act(request, authentication, id, "petition-refusal", "", "petition-refused", HttpMethod.POST, "refusal",
            forms.json(new RefusalReason(reason)));
    }

    private HttpResponse<String> act(HttpRequest<?> request, Authentication authentication, String id, String form,
                                     String typed, String done, HttpMethod method, String step, @Nullable byte[] body) {
        var idea = IdeaPageRendering.uuid(id);
        if (idea.isEmpty()) {
            return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
        }
        var outcome = forms.await(writes.petition(request, idea.get(), method, step, body));
        if (outcome.succeeded()) {
            return PageForms.seeOther("/ideer/" + idea.get() + "?done=" + done + "#petition");
        }
        var refusal = forms.refusal(outcome);
        return ideaPage.render(request, authentication, id, HttpStatus.valueOf(refusal.status()), null,
            new Viewing.FormProblem(form, refusal, typed == null ? "" : typed));
    }
}
