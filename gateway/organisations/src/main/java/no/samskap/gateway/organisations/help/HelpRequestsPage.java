package no.samskap.gateway.organisations.help;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.web.FormMessages;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Hjelp trengs" ({@code help/requests.jte}): the open requests as the service lists them for this person, each with
 * "Jeg kan" unless it is taken; a refused "Jeg kan" is summed up at the top and linked to its button.
 */
public record HelpRequestsPage(TemplateTexts t, String csrf, FormMessages messages, boolean taken,
                               @Nullable List<Request> requests) {

    @Serdeable
    public record Request(String id, @Nullable String ideaId, String task, Instant startsAt, Instant endsAt,
                          String place, List<String> skills, boolean taken, boolean takenByYou) {
    }

    /**
     * {@code requests} empty when the service could not list them; {@code general} then says why, as it does for a
     * refused {@code refusedRequest}.
     */
    static String render(Texts texts, String csrf, Optional<List<Request>> requests, Optional<String> refusedRequest,
                         Optional<String> general, boolean taken) {
        var messages = refusedRequest.isPresent()
            ? FormMessages.of(Map.of("take-" + refusedRequest.get(), general.orElse(texts.text("vol.problem.refused"))),
                Optional.empty())
            : requests.isEmpty() ? FormMessages.of(Map.of(), general) : FormMessages.NONE;
        return OrganisationTemplates.render("help/requests.jte", new HelpRequestsPage(new TemplateTexts(texts), csrf,
            messages, taken, requests.orElse(null)));
    }
}
