package no.samskap.gateway.ideas.opendata;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/** Published ideas per municipality as open data, in JSON and CSV (UTF-8, with a byte order mark for spreadsheets). */
@Controller("/api/open-data")
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenDataController {

    private static final List<String> HEADER = List.of("id", "municipality", "title", "body", "serviceArea", "status",
        "submittedAt", "publishedAt", "respondBy", "answer", "supportCount", "commentCount");

    private final OpenIdeas ideas;

    OpenDataController(OpenIdeas ideas) {
        this.ideas = ideas;
    }

    @Get("/ideas.json")
    @Produces(MediaType.APPLICATION_JSON)
    List<OpenIdeas.OpenIdea> json(@QueryValue @NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit kommunenummer")
                                  String municipality) {
        return ideas.of(municipality);
    }

    @Get("/ideas.csv")
    @Produces("text/csv; charset=utf-8")
    HttpResponse<String> csv(@QueryValue @NotNull @Pattern(regexp = "\\d{4}", message = "must be a 4-digit kommunenummer")
                             String municipality) {
        var rows = ideas.of(municipality).stream().map(idea -> List.of(idea.id(), idea.municipality(), idea.title(),
            idea.body(), idea.serviceArea(), idea.status(), idea.submittedAt(), idea.publishedAt(), idea.respondBy(),
            idea.answer(), String.valueOf(idea.supportCount()), String.valueOf(idea.commentCount()))).toList();
        return HttpResponse.ok("\uFEFF" + SpreadsheetCsv.write(HEADER, rows))
            .header("Content-Disposition", "attachment; filename=\"samskap-ideas-" + municipality + ".csv\"");
    }
}
