package no.samskap.gateway.organisations.help;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.organisations.pages.PageAnswers;
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
 * "Hjelp trengs" at {@code /hjelp-trengs}: the requests for help open in the volunteer's municipality, as the service
 * lists them for this person, each with "Jeg kan" to take it; the first volunteer to take one gets it.
 */
@Controller(HelpRequestsController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class HelpRequestsController {

    static final String PATH = "/hjelp-trengs";

    private final VolunteeringService service;
    private final PageAnswers answers;

    HelpRequestsController(VolunteeringService service, PageAnswers answers) {
        this.service = service;
        this.answers = answers;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request) {
        return render(request, Optional.empty(), Optional.empty(), HttpStatus.OK);
    }

    @Post("/{id}/jeg-kan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> take(HttpRequest<?> request, @PathVariable String id) {
        UUID wanted;
        try {
            wanted = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return NotFoundPage.response(new Texts(LanguageChoice.of(request)), request.getPath());
        }
        var outcome = service.write(request, HttpMethod.POST, "/help-requests/" + wanted + "/acceptance", null);
        if (!outcome.succeeded()) {
            var refusal = service.refusal(outcome);
            return render(request, Optional.of(wanted), Optional.of(refusal), HttpStatus.valueOf(refusal.status()));
        }
        return PageAnswers.seeOther(PATH + "?tatt=1");
    }

    private HttpResponse<String> render(HttpRequest<?> request, Optional<UUID> refusedRequest,
                                        Optional<ServiceRefusal> refusal, HttpStatus status) {
        var texts = new Texts(LanguageChoice.of(request));
        var outcome = service.read(request, "/help-requests");
        var open = service.body(outcome, Argument.listOf(HelpRequestsPage.Request.class));
        var taken = "1".equals(request.getParameters().get("tatt"));
        var general = refusal.flatMap(r -> r.general(texts, List.of()))
            .or(() -> open.isEmpty() ? service.refusal(outcome).general(texts, List.of()) : Optional.empty());
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.requests.title"),
            HelpRequestsPage.render(texts, csrf, open, refusedRequest.map(UUID::toString), general, taken), PATH));
    }
}
