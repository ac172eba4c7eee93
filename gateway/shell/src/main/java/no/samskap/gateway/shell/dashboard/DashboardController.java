package no.samskap.gateway.shell.dashboard;

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
import io.micronaut.serde.annotation.Serdeable;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.Texts;
import no.samskap.platform.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff dashboard of the signed-in person's own municipality, as JSON and as a page, with every module's panel.
 * Staff and admins see their municipality only: which one comes from their token, never from the request.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
final class DashboardController {

    /** {@code panels}: each module's figures under its key. */
    @Serdeable
    record Dashboard(String municipality, @Nullable LocalDate from, LocalDate to, Map<String, Object> panels) {
    }

    private final DashboardPanels panels;
    private final Clock clock;
    private final MunicipalityDirectory municipalities;

    DashboardController(DashboardPanels panels, Clock clock, MunicipalityDirectory municipalities) {
        this.panels = panels;
        this.clock = clock;
        this.municipalities = municipalities;
    }

    @Get("/api/staff/dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<Dashboard> figures(Authentication authentication, @QueryValue @Nullable String from,
                                    @QueryValue @Nullable String to) {
        var staff = StaffMember.of(authentication).orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN,
            "staff-only", "Forbidden", "Only staff and admins of a municipality read its dashboard.", List.of()));
        var period = Period.of(from, to, clock);
        var json = new LinkedHashMap<String, Object>();
        panels.read(staff.municipality(), period).forEach((key, figures) -> json.put(key, figures.json()));
        return HttpResponse.ok(new Dashboard(staff.municipality(), period.from(), period.to(), json))
            .header("Cache-Control", "no-store");
    }

    @Get(DashboardPage.PATH)
    @Produces(MediaType.TEXT_HTML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> page(HttpRequest<?> request, Authentication authentication) {
        var texts = new Texts(LanguageChoice.of(request));
        var response = StaffMember.of(authentication)
            .map(staff -> {
                var period = Period.of(null, null, clock);
                return HttpResponse.ok(DashboardPage.render(municipalities.nameOf(staff.municipality()), period,
                    panels.read(staff.municipality(), period), texts));
            })
            .orElseGet(() -> HttpResponse.<String>status(HttpStatus.FORBIDDEN).body(DashboardPage.forbidden(texts)));
        return response.contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
