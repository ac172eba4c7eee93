package no.samskap.gateway.ideas.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.ideas.pages.ProposalsReading;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.platform.problem.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The staff dashboard of the signed-in person's own municipality, as JSON and as a page. Staff and admins see
 * their municipality only: which one comes from their token, never from the request.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class DashboardController {

    private static final String FORBIDDEN = """
        <h1>%s</h1>
        <p id="forbidden">%s</p>
        <p><a href="/meg">%s</a></p>""";

    private final DashboardReadModel readModel;
    private final ProposalsReading proposals;
    private final Clock clock;
    private final MunicipalityDirectory municipalities;

    DashboardController(DashboardReadModel readModel, ProposalsReading proposals, Clock clock,
                        MunicipalityDirectory municipalities) {
        this.readModel = readModel;
        this.proposals = proposals;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    @Get("/api/staff/dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<DashboardFigures> figures(Authentication authentication, @QueryValue @Nullable String from,
                                           @QueryValue @Nullable String to) {
        var staff = StaffMember.of(authentication).orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN,
            "staff-only", "Forbidden", "Only staff and admins of a municipality read its dashboard.", List.of()));
        return HttpResponse.ok(readModel.figures(staff.municipality(), Period.of(from, to, clock)))
            .header("Cache-Control", "no-store");
    }

    @Get("/stab/dashbord")
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> page(HttpRequest<?> request, Authentication authentication) {
        var texts = new Texts(LanguageChoice.of(request));
        var staff = StaffMember.of(authentication);
        var response = staff.isPresent()
            ? HttpResponse.ok(DashboardPage.render(readModel.figures(staff.get().municipality(), Period.of(null, null, clock)),
                texts, municipalities.nameOf(staff.get().municipality()),
                strategicValueNames(staff.get().municipality(), texts.language())))
            : HttpResponse.<String>status(HttpStatus.FORBIDDEN).body(Page.render(texts, texts.text("dashboard.forbidden.title"),
                FORBIDDEN.formatted(texts.text("dashboard.forbidden.heading"), texts.text("dashboard.forbidden.text"),
                    texts.text("dashboard.toMyPage")), DashboardPage.PATH));
        return response.contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    /**
     * The municipality's own names in the page's language, from the gateway's copy; before the copy has heard of the
     * municipality, proposals' names (bokmål), and none (so the codes) when proposals does not answer either.
     */
    private Map<String, String> strategicValueNames(String municipality, Language language) {
        return municipalities.strategicValueNames(municipality, language).orElseGet(() -> proposals.choices(municipality)
            .map(choices -> choices.strategicValues().stream()
                .collect(Collectors.toMap(ProposalsReading.StrategicValue::code, ProposalsReading.StrategicValue::name,
                    (first, second) -> first)))
            .orElse(Map.of()));
    }
}
