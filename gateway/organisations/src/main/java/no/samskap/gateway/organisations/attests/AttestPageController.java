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
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.organisations.volunteering.FormFields;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
    private final AssociationDirectory directory;
    private final AssociationReads associations;
    private final PageAnswers answers;

    AttestPageController(VolunteeringService service, AssociationDirectory directory, AssociationReads associations,
                         PageAnswers answers) {
        this.service = service;
        this.directory = directory;
        this.associations = associations;
        this.answers = answers;
    }

    @Get
    HttpResponse<String> page(HttpRequest<?> request, @PathVariable String id) {
        return association(id).map(association -> render(request, association, AttestForm.Typed.EMPTY,
                Optional.empty(), "1".equals(request.getParameters().get("registrert")), HttpStatus.OK))
            .orElseGet(() -> notFound(request));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> record(HttpRequest<?> request, @PathVariable String id, @Body @Nullable String body) {
        var association = association(id);
        if (association.isEmpty()) {
            return notFound(request);
        }
        var typed = AttestForm.Typed.of(FormFields.parse(body));
        var years = typed.validYearsNumber();
        if (years.isEmpty()) {
            return render(request, association.get(), typed, Optional.of(ServiceRefusal.ofField("validYears")), false,
                HttpStatus.UNPROCESSABLE_ENTITY);
        }
        var outcome = service.write(request, HttpMethod.POST, "/associations/" + association.get().id()
            + "/attest-sightings", typed.seen(years.get().orElse(null)));
        if (!outcome.succeeded()) {
            var refusal = service.refusal(outcome);
            return render(request, association.get(), typed, Optional.of(refusal), false,
                HttpStatus.valueOf(refusal.status()));
        }
        return PageAnswers.seeOther("/foreninger/" + association.get().id() + "/politiattest?registrert=1");
    }

    @Get("/bekreftelse")
    HttpResponse<String> confirmation(HttpRequest<?> request, @PathVariable String id,
                                      @QueryValue @Nullable String volunteerId, @QueryValue @Nullable String role,
                                      @QueryValue @Nullable String roleName) {
        var association = association(id);
        if (association.isEmpty()) {
            return notFound(request);
        }
        var texts = new Texts(LanguageChoice.of(request));
        var query = UriBuilder.of("/associations/" + association.get().id() + "/attest-purpose-confirmation");
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
        var confirmation = service.body(outcome, Argument.of(AttestViews.Confirmation.class));
        var path = "/foreninger/" + association.get().id() + "/politiattest/bekreftelse";
        if (confirmation.isEmpty()) {
            var refusal = service.refusal(outcome);
            var main = "<h1 class=\"ds-heading\">" + texts.text("vol.attest.confirmation.title") + "</h1>\n"
                + "<p class=\"ds-alert\" data-color=\"warning\" id=\"confirmation-refused\">"
                + refusal.messages(texts, List.of("volunteerId", "role", "roleName")).values().stream().findFirst()
                    .orElseGet(() -> refusal.general(texts, List.of()).orElse("")) + "</p>\n";
            return HttpResponse.<String>status(HttpStatus.valueOf(refusal.status()))
                .body(Page.render(texts, texts.text("vol.attest.confirmation.title"), main, path))
                .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        }
        return HttpResponse.<String>ok(Page.render(texts, texts.text("vol.attest.confirmation.title"),
                AttestForm.confirmation(texts, confirmation.get(), name(request, association.get().id(),
                    confirmation.get().volunteerId())), path))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    private HttpResponse<String> render(HttpRequest<?> request, DirectoryEntry association, AttestForm.Typed typed,
                                        Optional<ServiceRefusal> refusal, boolean recorded, HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        var outcome = service.read(request, "/associations/" + association.id() + "/attest-sightings");
        var sightings = service.body(outcome, Argument.of(AttestViews.Sightings.class));
        var path = "/foreninger/" + association.id() + "/politiattest";
        if (sightings.isEmpty()) {
            var main = """
                <h1 class="ds-heading">%s</h1>
                <p class="ds-alert" data-color="warning" id="attest-refused">%s</p>
                <p><a class="ds-link" href="/foreninger/%s">%s</a></p>
                """.formatted(texts.text("vol.attest.title", association.name()),
                outcome.answer().map(answer -> answer.status() == 403).orElse(false)
                    ? texts.text("vol.attest.officersOnly") : service.refusal(outcome).general(texts, List.of()).orElse(""),
                association.id(), texts.text("vol.attest.back"));
            var refusedStatus = outcome.answer().map(answer -> answer.status()).orElse(503);
            return HttpResponse.<String>status(HttpStatus.valueOf(refusedStatus))
                .body(Page.render(texts, texts.text("vol.attest.title", association.name()), main, path))
                .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
        }
        var members = associations.members(request, association.id()).value().orElse(List.of());
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.attest.title",
            association.name()), AttestForm.page(texts, association, sightings.get().sightings(), members, typed,
            refusal, recorded, csrf), path));
    }

    /** The volunteer's name as the association's member list gives it, else their id. */
    private String name(HttpRequest<?> request, UUID association, String volunteer) {
        return associations.members(request, association).value().orElse(List.of()).stream()
            .filter(member -> member.personId().equals(volunteer)).findFirst()
            .map(AssociationReads.Member::displayName).filter(name -> name != null && !name.isBlank())
            .orElse(volunteer);
    }

    private Optional<DirectoryEntry> association(String id) {
        try {
            return directory.find(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static HttpResponse<String> notFound(HttpRequest<?> request) {
        return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
    }

}
