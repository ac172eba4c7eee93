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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
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
 * "Politiattest" of an association, for its responsible person and deputy alone (the service decides who they
 * are): the sightings with their expiry, the form to record one, and the printable confirmation of purpose. The
 * platform never keeps the certificate: there is no field for anything it says.
 */
@Controller("/foreninger/{id}/politiattest")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class AttestPageController {

    private final VolunteeringService service;
    private final AttestPages pages;
    private final PageAnswers answers;

    AttestPageController(VolunteeringService service, AttestPages pages, PageAnswers answers) {
        this.service = service;
        this.pages = pages;
        this.answers = answers;
    }

    /** {@code volunteerId} and {@code role} fill in the form, as the link from a request does. */
    @Get
    HttpResponse<String> page(HttpRequest<?> request, @PathVariable String id, @QueryValue @Nullable String volunteerId,
                              @QueryValue @Nullable String role) {
        var typed = AttestPage.Typed.EMPTY.askedFor(volunteerId, role);
        return pages.forMember(request, id, false, association -> render(request, association, typed,
            Optional.empty(), "1".equals(request.getParameters().get("registrert")), HttpStatus.OK));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> record(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        return pages.forMember(request, id, false, association -> {
            var typed = AttestPage.Typed.of(FormFields.parse(body));
            var years = typed.validYearsNumber();
            if (years.isEmpty()) {
                return render(request, association, typed, Optional.of(ServiceRefusal.ofField("validYears")), false,
                    HttpStatus.UNPROCESSABLE_ENTITY);
            }
            var outcome = service.write(request, HttpMethod.POST, "/associations/" + association.id()
                + "/attest-sightings", typed.seen(years.get().orElse(null)));
            if (!outcome.succeeded()) {
                var refusal = service.refusal(outcome);
                return render(request, association, typed, Optional.of(refusal), false,
                    HttpStatus.valueOf(refusal.status()));
            }
            return PageAnswers.seeOther("/foreninger/" + association.id() + "/politiattest?registrert=1");
        });
    }

    @Get("/bekreftelse")
    HttpResponse<String> confirmation(HttpRequest<?> request, @PathVariable String id,
                                      @QueryValue @Nullable String volunteerId, @QueryValue @Nullable String role,
                                      @QueryValue @Nullable String roleName) {
        return pages.forMember(request, id, false, association -> {
            var query = UriBuilder.of("/associations/" + association.id() + "/attest-purpose-confirmation");
            if (volunteerId != null) {
                query.queryParam("volunteerId", volunteerId);
            }
            if (role != null) {
                query.queryParam("role", role);
            }
            if (roleName != null && !roleName.isBlank()) {
                query.queryParam("roleName", roleName);
            }
            var outcome = service.read(request, query.toString());
            return AttestConfirmationPage.render(request, service, outcome,
                confirmation -> AttestPages.nameOf(pages.members(request, association.id()),
                    confirmation.volunteerId()));
        });
    }

    private HttpResponse<String> render(HttpRequest<?> request, DirectoryEntry association, AttestPage.Typed typed,
                                        Optional<ServiceRefusal> refusal, boolean recorded, HttpStatus status) {
        var texts = AttestPages.texts(request);
        var outcome = service.read(request, "/associations/" + association.id() + "/attest-sightings");
        var sightings = service.body(outcome, Argument.of(AttestViews.Sightings.class));
        if (sightings.isEmpty()) {
            return AttestPages.refusedByService(request, association, service.refusal(outcome));
        }
        var members = pages.members(request, association.id());
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.attest.title",
            association.name()), AttestPage.render(texts, association, sightings.get().sightings(), members, typed,
            refusal, recorded, csrf), request.getPath()));
    }
}
