package no.samskap.gateway.shell;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.shell.ExtraModule;
import no.samskap.gateway.shell.testmodule.ExtraStaffParts;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a module contributes to the shell's staff inbox, dashboard and open data appears when the module is there
 * and is gone when it is not: the same gateway, once with the test-only {@link ExtraModule} and once without.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleContributionsIT {

    private static final Person STAFF = new Person("rana-staff", "Siri Saksbehandler", "1833", List.of("staff"));

    private GatewayUnderTest withModule;
    private GatewayUnderTest withoutModule;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        withModule = GatewayUnderTest.start(infrastructure, Map.of(ExtraModule.SWITCH, "on"));
        withoutModule = GatewayUnderTest.start(infrastructure);
    }

    @AfterAll
    void stop() {
        withModule.close();
        withoutModule.close();
    }

    @Test
    void aModulesInboxSectionAppearsWithItsCountInTheTotalAndGoesWithTheModule() {
        var page = asStaff(withModule, "/stab/innboks", "text/html").body();
        var overview = asStaff(withModule, "/api/staff/inbox/sections", "application/json").body();
        var pageWithout = asStaff(withoutModule, "/stab/innboks", "text/html").body();
        var overviewWithout = asStaff(withoutModule, "/api/staff/inbox/sections", "application/json").body();

        assertAll(
            () -> assertTrue(page.contains("<section id=\"extra-tasks\" aria-labelledby=\"extra-tasks-heading\">"), page),
            () -> assertTrue(page.contains("Ekstraoppgaver <span class=\"count\" data-count=\"3\">(3)</span>"), page),
            () -> assertTrue(page.contains("<li><a href=\"#extra-tasks\">Ekstraoppgaver (3)</a></li>"), page),
            () -> assertTrue(page.contains("<li id=\"extra-task-1\">Oppgave for 1833</li>"), page),
            () -> assertTrue(page.contains("<p id=\"inbox-total\">3 saker venter."), page),
            () -> assertTrue(overview.contains("\"total\":3"), overview),
            () -> assertTrue(overview.contains("{\"key\":\"extra-tasks\",\"count\":3,\"waiting\":true}"), overview),
            () -> assertFalse(pageWithout.contains("extra-tasks"), pageWithout),
            () -> assertTrue(pageWithout.contains("<p id=\"inbox-total\">Ingen saker venter."), pageWithout),
            () -> assertTrue(overviewWithout.contains("\"total\":0"), overviewWithout),
            () -> assertFalse(overviewWithout.contains("extra-tasks"), overviewWithout));
    }

    @Test
    void aModulesDashboardPanelAppearsOnThePageAndUnderItsKeyAndGoesWithTheModule() {
        var json = asStaff(withModule, "/api/staff/dashboard", "application/json").body();
        var page = asStaff(withModule, "/stab/dashbord", "text/html").body();
        var jsonWithout = asStaff(withoutModule, "/api/staff/dashboard", "application/json").body();
        var pageWithout = asStaff(withoutModule, "/stab/dashbord", "text/html").body();

        assertAll(
            () -> assertTrue(json.contains("\"extra\":{\"visits\":42}"), json),
            () -> assertTrue(json.contains("\"ideas\":{\"byStatus\":"), json),
            () -> assertTrue(page.contains("<h2 id=\"extra-visits-heading\">Besøk</h2><p>42</p>"), page),
            () -> assertTrue(page.indexOf("id=\"by-status\"") < page.indexOf("id=\"extra-visits\""),
                "the panels in their order"),
            () -> assertFalse(jsonWithout.contains("\"extra\""), jsonWithout),
            () -> assertTrue(jsonWithout.contains("\"ideas\":{\"byStatus\":"), jsonWithout),
            () -> assertFalse(pageWithout.contains("extra-visits"), pageWithout));
    }

    @Test
    void aModulesOpenDatasetIsListedAndServedAsJsonAndCsvAndGoesWithTheModule() {
        var listing = withModule.get("/api/open-data").body();
        var json = withModule.get("/api/open-data/extra-things.json?municipality=1833");
        var csv = withModule.get("/api/open-data/extra-things.csv?municipality=1833");

        assertAll(
            () -> assertTrue(listing.contains("{\"name\":\"extra-things\",\"columns\":[\"name\",\"count\"],"
                + "\"json\":\"/api/open-data/extra-things.json\",\"csv\":\"/api/open-data/extra-things.csv\"}"), listing),
            () -> assertTrue(listing.contains("\"name\":\"ideas\""), listing),
            () -> assertEquals("[{\"name\":\"Lydstudio 1833\",\"count\":7}]", json.body()),
            () -> assertEquals("\uFEFF\"name\",\"count\"\r\n\"Lydstudio 1833\",\"7\"\r\n", csv.body()),
            () -> assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("samskap-extra-things-1833.csv")),
            () -> assertFalse(withoutModule.get("/api/open-data").body().contains("extra-things")),
            () -> assertEquals(404, withoutModule.get("/api/open-data/extra-things.json?municipality=1833").statusCode()));
    }

    private static HttpResponse<String> asStaff(GatewayUnderTest gateway, String path, String accept) {
        var response = gateway.get(path, Map.of("Accept", accept,
            "Cookie", "samskap_id=" + gateway.identityProvider().idToken(STAFF, Duration.ofMinutes(5))));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response;
    }
}
