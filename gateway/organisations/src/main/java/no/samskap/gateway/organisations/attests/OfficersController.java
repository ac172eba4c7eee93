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
 * "Ansvarlige for politiattest": an association's admins appoint two of its members, the responsible person and
 * their deputy, who alone see and record the association's politiattester. The gateway shows it to the
 * association's admins as its read model knows them; the service decides the appointment.
 */
@Controller("/foreninger/{id}/politiattest/ansvarlige")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OfficersController {

    private final VolunteeringService service;
    private final AttestPages pages;
    private final PageAnswers answers;

    OfficersController(VolunteeringService service, AttestPages pages, PageAnswers answers) {
        this.service = service;
        this.pages = pages;
        this.answers = answers;
    }

    @Get
    HttpResponse<String> page(HttpRequest<?> request, @PathVariable String id) {
        return pages.forMember(request, id, true, association -> render(request, association,
            OfficersForm.Typed.NOTHING, Optional.empty(), "1".equals(request.getParameters().get("lagret")),
            HttpStatus.OK));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> appoint(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        return pages.forMember(request, id, true, association -> {
            var form = FormFields.parse(body);
            var typed = new OfficersForm.Typed(form.one("responsibleId"), form.one("deputyId"));
            var outcome = service.write(request, HttpMethod.PUT, "/associations/" + association.id()
                + "/attest-officers", new AttestViews.Appointment(typed.responsibleId(), typed.deputyId()));
            if (!outcome.succeeded()) {
                var refusal = service.refusal(outcome);
                return render(request, association, typed, Optional.of(refusal), false,
                    HttpStatus.valueOf(refusal.status()));
            }
            return PageAnswers.seeOther("/foreninger/" + association.id() + "/politiattest/ansvarlige?lagret=1");
        });
    }

    private HttpResponse<String> render(HttpRequest<?> request, DirectoryEntry association, OfficersForm.Typed typed,
                                        Optional<ServiceRefusal> refusal, boolean saved, HttpStatus status) {
        var texts = AttestPages.texts(request);
        var members = pages.members(request, association.id());
        var officers = service.body(service.read(request, "/associations/" + association.id() + "/attest-officers"),
            Argument.of(AttestViews.Officers.class));
        var shown = typed.equals(OfficersForm.Typed.NOTHING) ? officers.map(OfficersForm.Typed::of).orElse(typed)
            : typed;
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.attest.officers.title",
            association.name()), OfficersForm.page(texts, association, members, officers, shown, refusal, saved, csrf),
            request.getPath()));
    }
}
