package no.samskap.gateway.organisations.volunteering;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.Optional;

/**
 * "Frivilligprofil" at {@code /meg/frivillig}: the person's own volunteer profile, read from and saved to the
 * organisations service with their token. A refusal shows the form again with what was typed and each message at its
 * field.
 */
@Controller(VolunteerProfileForm.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class VolunteerProfileController {

    private static final String SERVICE_PATH = "/me/volunteer";

    private final VolunteeringService service;
    private final PageAnswers answers;

    VolunteerProfileController(VolunteeringService service, PageAnswers answers) {
        this.service = service;
        this.answers = answers;
    }

    @Get
    HttpResponse<String> form(HttpRequest<?> request) {
        var outcome = service.read(request, SERVICE_PATH);
        var profile = service.body(outcome, Argument.of(VolunteerProfileForm.Profile.class));
        var noProfileYet = outcome.answer().map(answer -> answer.status() == 404).orElse(false);
        var refusal = profile.isPresent() || noProfileYet ? Optional.<ServiceRefusal>empty()
            : Optional.of(service.refusal(outcome));
        return render(request, profile.orElse(VolunteerProfileForm.Profile.EMPTY), profile.isPresent(),
            "1".equals(request.getParameters().get("lagret")), refusal, HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> save(HttpRequest<?> request, @Body @Nullable String body) {
        var profile = VolunteerProfileForm.Profile.of(FormFields.parse(body));
        var outcome = service.write(request, HttpMethod.PUT, SERVICE_PATH, profile);
        if (!outcome.succeeded()) {
            var refusal = service.refusal(outcome);
            return render(request, profile, false, false, Optional.of(refusal), HttpStatus.valueOf(refusal.status()));
        }
        return PageAnswers.seeOther(VolunteerProfileForm.PATH + "?lagret=1");
    }

    private HttpResponse<String> render(HttpRequest<?> request, VolunteerProfileForm.Profile profile, boolean exists,
                                        boolean saved, Optional<ServiceRefusal> refusal, HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.profile.title"),
            OrganisationTemplates.render("volunteering/profile.jte",
                VolunteerProfilePage.of(texts, profile, exists, saved, refusal, csrf)), VolunteerProfileForm.PATH));
    }
}
