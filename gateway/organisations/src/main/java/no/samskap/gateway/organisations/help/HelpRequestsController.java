package no.samskap.gateway.organisations.help;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.organisations.pages.PageAnswers;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;

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

    @Serdeable
    record Request(String id, @Nullable String ideaId, String task, Instant startsAt, Instant endsAt, String place,
                   List<String> skills, boolean taken, boolean takenByYou) {
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
        var open = service.body(outcome, Argument.listOf(Request.class));
        var taken = "1".equals(request.getParameters().get("tatt"));
        var general = refusal.flatMap(r -> r.general(texts, List.of()))
            .or(() -> open.isEmpty() ? service.refusal(outcome).general(texts, List.of()) : Optional.empty());
        var summary = refusedRequest.isPresent() || open.isEmpty()
            ? FormParts.errorSummary(texts, refusedRequest.map(id -> Map.of("take-" + id,
                general.orElse(texts.text("vol.problem.refused")))).orElse(Map.of()),
                refusedRequest.isPresent() ? Optional.empty() : general)
            : "";
        return answers.page(request, status, csrf -> Page.render(texts, texts.text("vol.requests.title"), """
            <h1 class="ds-heading">%s</h1>
            %s%s<p>%s</p>
            %s""".formatted(texts.text("vol.requests.title"), summary,
            taken ? "<p class=\"ds-alert\" data-color=\"success\" role=\"status\" id=\"request-taken\">"
                + texts.text("vol.requests.taken") + "</p>\n" : "",
            texts.text("vol.requests.intro"), open.map(requests -> list(texts, requests, csrf)).orElse("")), PATH));
    }

    private static String list(Texts texts, List<Request> requests, String csrf) {
        if (requests.isEmpty()) {
            return "<p id=\"no-requests\">" + texts.text("vol.requests.none") + "</p>\n";
        }
        var html = new StringBuilder("<ul class=\"ds-list\" id=\"help-requests\">\n");
        for (var request : requests) {
            var skills = request.skills().stream().map(skill -> texts.word("vol.skill", skill))
                .collect(Collectors.joining(", "));
            html.append("""
                  <li>
                    <article class="ds-card" data-request-id="%s">
                      <h2 class="ds-heading" data-size="xs">%s</h2>
                      <p>%s · %s</p>
                      <p>%s</p>
                      %s
                    </article>
                  </li>
                """.formatted(request.id(), escape(request.task()), texts.text("vol.requests.when",
                    texts.date(request.startsAt()), texts.date(request.endsAt())), escape(request.place()),
                skills.isEmpty() ? "" : texts.text("vol.requests.skills") + " " + skills, action(texts, request, csrf)));
        }
        return html.append("</ul>\n").toString();
    }

    private static String action(Texts texts, Request request, String csrf) {
        if (request.takenByYou()) {
            return "<p class=\"request-state\">" + texts.text("vol.requests.yours") + "</p>";
        }
        if (request.taken()) {
            return "<p class=\"request-state\">" + texts.text("vol.requests.alreadyTaken") + "</p>";
        }
        return """
            <form method="post" action="%s/%s/jeg-kan">
                    %s
                    <button class="ds-button" data-variant="primary" type="submit" id="take-%s">%s</button>
                  </form>""".formatted(PATH, request.id(), FormParts.csrf(csrf), request.id(),
            texts.text("vol.requests.take"));
    }
}
