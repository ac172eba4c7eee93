package no.samskap.gateway.organisations.volunteering;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.contract.organisations.VolunteerCodes;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;


/**
 * "Finn frivillige" at {@code /frivillige}: staff and association admins search the volunteers of their municipality
 * who agreed to be contacted, by skill and availability. The service decides who may search and whom they find.
 */
@Controller(VolunteerSearchController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class VolunteerSearchController {

    static final String PATH = "/frivillige";

    private final VolunteeringService service;

    VolunteerSearchController(VolunteeringService service) {
        this.service = service;
    }

    @Serdeable
    record Found(String volunteerId, @Nullable String displayName, List<String> skills, List<String> availability,
                 List<String> languages, @Nullable String ageBand) {
    }

    @Serdeable
    record Volunteers(List<Found> volunteers) {
    }

    @Get
    HttpResponse<String> search(HttpRequest<?> request, @QueryValue @Nullable String skill,
                                @QueryValue @Nullable String availability) {
        var texts = new Texts(LanguageChoice.of(request));
        var wantedSkill = skill != null && VolunteerCodes.SKILLS.contains(skill) ? skill : "";
        var wantedAvailability = availability != null && VolunteerCodes.AVAILABILITY.contains(availability)
            ? availability : "";
        var query = UriBuilder.of("/volunteers");
        if (!wantedSkill.isEmpty()) {
            query.queryParam("skill", wantedSkill);
        }
        if (!wantedAvailability.isEmpty()) {
            query.queryParam("availability", wantedAvailability);
        }
        var outcome = service.read(request, query.toString());
        var found = service.body(outcome, Argument.of(Volunteers.class));
        var status = found.isPresent() ? HttpStatus.OK
            : HttpStatus.valueOf(service.refusal(outcome).status());
        var main = OrganisationTemplates.render("volunteering/search.jte", VolunteerSearchPage.of(texts,
            wantedSkill, wantedAvailability, found.map(Volunteers::volunteers),
            found.isPresent() ? Optional.empty() : service.refusal(outcome).general(texts, List.of())));
        return HttpResponse.<String>status(status).body(Page.render(texts, texts.text("vol.search.title"), main, PATH))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
