package no.samskap.gateway.organisations.attests;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.web.Page;

import java.util.Optional;

/**
 * "Forespørsler om politiattest": the association's attest officers ask a member to apply for a politiattest for a
 * role, and see who was asked and whose certificate they have since seen. Each open request leads to the sighting
 * form, filled in. The service decides who the officers are.
 */
@Controller("/foreninger/{id}/politiattest/foresporsler")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RequestsController {

    private final VolunteeringService service;
    private final AttestPages pages;
    private final PageAnswers answers;

    RequestsController(VolunteeringService service, AttestPages pages, PageAnswers answers) {
        this.service = service;
        this.pages = pages;
        this.answers = answers;
    }

    @Get
    HttpResponse<String> page(HttpRequest<?> request, @PathVariable String id) {
        return pages.forMember(request, id, false, association -> render(request, association,
            RequestsPage.Typed.NOTHING, Optional.empty(), "1".equals(request.getParameters().get("sendt")),
            HttpStatus.OK));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> ask(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        return pages.forMember(request, id, false, association -> {
            var form = FormFields.parse(body);
            var typed = new RequestsPage.Typed(form.one("volunteerId"), form.one("role"), form.one("roleName"));
            var outcome = service.write(request, HttpMethod.POST, "/associations/" + association.id()
                + "/attest-requests", new AttestViews.Asking(typed.volunteerId(), typed.role(),
                typed.roleName().isBlank() ? null : typed.roleName()));
            if (!outcome.succeeded()) {
                var refusal = service.refusal(outcome);
                return render(request, association, typed, Optional.of(refusal), false,
                    HttpStatus.valueOf(refusal.status()));
            }
            return PageAnswers.seeOther("/foreninger/" + association.id() + "/politiattest/foresporsler?sendt=1");
        });
    }

    private HttpResponse<String> render(HttpRequest<?> request, DirectoryEntry association, RequestsPage.Typed typed,
                                        Optional<ServiceRefusal> refusal, boolean sent, HttpStatus status) {
        var texts = AttestPages.texts(request);
        var outcome = service.read(request, "/associations/" + association.id() + "/attest-requests");
        var requests = service.body(outcome, Argument.of(AttestViews.Requests.class));
        if (requests.isEmpty()) {
            return AttestPages.refusedByService(request, association, service.refusal(outcome));
        }
        var members = pages.members(request, association.id());
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.attest.requests.title",
            association.name()), RequestsPage.render(texts, association, requests.get().requests(), members, typed,
            refusal, sent, csrf), request.getPath()));
    }
}
