package no.samskap.gateway.organisations.attests;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.VolunteeringService;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.writes.WriteOutcome;

import java.util.List;
import java.util.function.Function;

/** The printable confirmation of purpose, for the officers who give it and the volunteer it was given to. */
final class AttestConfirmationPage {

    private AttestConfirmationPage() {
    }

    /** The confirmation the service answered, or the reason it gave for not answering. */
    static HttpResponse<String> render(HttpRequest<?> request, VolunteeringService service, WriteOutcome outcome,
                                       Function<AttestViews.Confirmation, String> volunteerName) {
        var texts = AttestPages.texts(request);
        var confirmation = service.body(outcome, Argument.of(AttestViews.Confirmation.class));
        if (confirmation.isEmpty()) {
            var refusal = service.refusal(outcome);
            var why = refusal.messages(texts, List.of("volunteerId", "role", "roleName")).values().stream().findFirst()
                .orElseGet(() -> refusal.general(texts, List.of()).orElse(""));
            var main = OrganisationTemplates.render("attests/confirmationRefused.jte",
                new ConfirmationRefused(new TemplateTexts(texts), TemplateTexts.html(why)));
            return page(request, HttpStatus.valueOf(refusal.status()), main);
        }
        return of(request, confirmation.get(), volunteerName.apply(confirmation.get()));
    }

    static HttpResponse<String> of(HttpRequest<?> request, AttestViews.Confirmation confirmation,
                                   String volunteerName) {
        return page(request, HttpStatus.OK, PurposeConfirmation.render(AttestPages.texts(request), confirmation,
            volunteerName));
    }

    private static HttpResponse<String> page(HttpRequest<?> request, HttpStatus status, String main) {
        var texts = AttestPages.texts(request);
        return HttpResponse.<String>status(status)
            .body(Page.render(texts, texts.text("vol.attest.confirmation.title"), main, request.getPath()))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
