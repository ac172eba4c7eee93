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
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;

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

    private static final FormParts.Field SKILL = new FormParts.Field("skill", "vol.search.skill", null, "");
    private static final FormParts.Field AVAILABILITY = new FormParts.Field("availability", "vol.search.availability",
        null, "");

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
        var results = found.map(volunteers -> results(texts, volunteers.volunteers()))
            .orElseGet(() -> "<p class=\"ds-alert\" data-color=\"warning\" id=\"search-refused\">"
                + service.refusal(outcome).general(texts, List.of()).orElse("") + "</p>\n");
        var main = """
            <h1 class="ds-heading">%s</h1>
            <p>%s</p>
            <form method="get" action="%s" id="volunteer-search">
              %s
              %s
              %s
            </form>
            %s""".formatted(texts.text("vol.search.title"), texts.text("vol.search.intro"), PATH,
            FormParts.select(texts, SKILL, choices(texts, VolunteerCodes.SKILLS, "vol.skill"), wantedSkill, Optional.empty()),
            FormParts.select(texts, AVAILABILITY, choices(texts, VolunteerCodes.AVAILABILITY, "vol.availability"),
                wantedAvailability, Optional.empty()),
            FormParts.button(texts.text("vol.search.submit"), "primary"), results);
        return HttpResponse.<String>status(status).body(Page.render(texts, texts.text("vol.search.title"), main, PATH))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    private static LinkedHashMap<String, String> choices(Texts texts, List<String> codes, String wordGroup) {
        var choices = new LinkedHashMap<String, String>();
        choices.put("", texts.text("vol.search.any"));
        codes.forEach(code -> choices.put(code, texts.word(wordGroup, code)));
        return choices;
    }

    private static String results(Texts texts, List<Found> volunteers) {
        if (volunteers.isEmpty()) {
            return "<p id=\"search-none\">" + texts.text("vol.search.none") + "</p>\n";
        }
        var rows = new StringBuilder();
        for (var volunteer : volunteers) {
            rows.append("    <tr><td>").append(escape(volunteer.displayName() == null ? volunteer.volunteerId()
                    : volunteer.displayName())).append("</td><td>").append(words(texts, volunteer.skills(), "vol.skill"))
                .append("</td><td>").append(words(texts, volunteer.availability(), "vol.availability"))
                .append("</td><td>").append(escape(String.join(", ", volunteer.languages())))
                .append("</td><td>").append(volunteer.ageBand() == null ? "" : texts.word("vol.ageBand", volunteer.ageBand()))
                .append("</td></tr>\n");
        }
        return """
            <table class="ds-table" id="volunteers-found">
              <caption>%s</caption>
              <thead><tr><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th><th scope="col">%s</th></tr></thead>
              <tbody>
            %s  </tbody>
            </table>
            """.formatted(texts.text("vol.search.found", volunteers.size()), texts.text("vol.search.who"),
            texts.text("vol.search.skills"), texts.text("vol.search.when"), texts.text("vol.search.languages"),
            texts.text("vol.search.age"), rows);
    }

    private static String words(Texts texts, List<String> codes, String group) {
        return codes.stream().map(code -> texts.word(group, code)).collect(Collectors.joining(", "));
    }
}
