package no.samskap.gateway.organisations.attests;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.writes.WriteOutcome;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Mine politiattester": what associations asked the volunteer to apply for, whether their certificate was seen
 * since, and each request's printable confirmation of purpose to apply with. Only ever the person's own requests.
 */
@Controller(MyAttestRequestsController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class MyAttestRequestsController {

    static final String PATH = "/meg/politiattest";

    private final VolunteeringService service;
    private final AttestPages pages;

    MyAttestRequestsController(VolunteeringService service, AttestPages pages) {
        this.service = service;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> page(HttpRequest<?> request) {
        var texts = AttestPages.texts(request);
        var outcome = service.read(request, "/me/attest-requests");
        var requests = service.body(outcome, Argument.of(AttestViews.OwnRequests.class));
        var status = requests.isPresent() ? HttpStatus.OK : HttpStatus.valueOf(service.refusal(outcome).status());
        var main = OrganisationTemplates.render("attests/mine.jte", MyAttestRequestsPage.of(texts,
            requests.map(AttestViews.OwnRequests::requests),
            requests.isPresent() ? Optional.empty() : service.refusal(outcome).general(texts, List.of())));
        return HttpResponse.<String>status(status)
            .body(Page.render(texts, texts.text("vol.attest.mine.title"), main, request.getPath()))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    @Get("/{requestId}/bekreftelse")
    HttpResponse<String> confirmation(HttpRequest<?> request, @PathVariable String requestId) {
        var outcome = service.read(request, "/me/attest-requests");
        if (!outcome.succeeded()) {
            return AttestConfirmationPage.render(request, service, outcome, confirmation -> "");
        }
        return own(outcome, requestId).map(own -> AttestConfirmationPage.of(request, own.confirmation(),
                AttestPages.nameOf(pages.members(request, UUID.fromString(own.request().associationId())),
                    own.confirmation().volunteerId())))
            .orElseGet(() -> NotFoundPage.response(AttestPages.texts(request), request.getPath()));
    }

    private Optional<AttestViews.OwnRequest> own(WriteOutcome outcome, String requestId) {
        return service.body(outcome, Argument.of(AttestViews.OwnRequests.class)).stream()
            .flatMap(own -> own.requests().stream())
            .filter(own -> own.request().id().equals(requestId)).findFirst();
    }
}
