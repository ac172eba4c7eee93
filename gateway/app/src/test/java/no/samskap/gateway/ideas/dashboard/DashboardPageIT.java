package no.samskap.gateway.ideas.dashboard;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTime;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Count;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Week;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.gateway.ideas.commands.StandInProposals.Answer;
import no.samskap.gateway.shell.municipalities.MunicipalitiesOnKafka;
import no.samskap.gateway.shell.web.Language;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff dashboard page: charts a screen reader can name, and tables holding exactly the API's numbers. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageIT {

    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final Person RANA_STAFF = new Person("rana-staff", "Siri Saksbehandler", "1833", List.of("staff"));
    private static final List<String> FIGURES = List.of("by-status", "by-service-area", "by-strategic-value",
        "by-target-group", "answer-times", "participation");
    private static final Pattern ROW = Pattern.compile("<tr><th scope=\"row\">([^<]*)</th>((?:<td>[^<]*</td>)+)</tr>");
    private static final Pattern CELL = Pattern.compile("<td>([^<]*)</td>");

    private TestInfrastructure infrastructure;
    private StandInProposals proposals;
    private GatewayUnderTest gateway;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        proposals = StandInProposals.onAFreePort();
        gateway = GatewayUnderTest.start(infrastructure, Map.of("samskap-gateway.proposals-url", proposals.url(),
            "samskap-gateway.proposals-read-timeout", "1s"));
        try (var rana = new DashboardStoriesOnKafka(infrastructure, "1833")) {
            for (int i = 0; i < 3; i++) {
                var idea = rana.submitted(AT.plus(Duration.ofHours(i)), "bibliotek", List.of("folkehelse"), List.of("barn"));
                rana.published(idea, AT.plus(Duration.ofHours(i)));
                rana.answered(idea, AT.plus(Duration.ofHours(36L * (i + 1))), "accepted");
                rana.supportGiven(idea, AT, 1, 1);
            }
            rana.submittedUnclassified(AT, "kino");
        }
        // Four ideas and three answers are reached before each answered idea's last message, its support: wait for
        // the supports too, or the API and the page may be read on either side of one.
        eventually(Duration.ofSeconds(60), () -> {
            var figures = api();
            assertEquals(4, figures.byStatus().stream().mapToLong(Count::count).sum());
            assertEquals(3, figures.timeToFirstAnswer().fromSubmission().answered());
            assertEquals(3, figures.participation().stream().mapToLong(Week::supportsGiven).sum());
        });
    }

    @AfterAll
    void stop() {
        gateway.close();
        proposals.close();
    }

    @Test
    void namesStrategicValuesAsTheMunicipalityDoesAndShowsTheirCodesWhenProposalsDoesNotAnswer() {
        proposals.answer("GET", "/municipalities/1833/idea-choices", Answer.json(200, """
            {"municipality":"1833","moderation":"post","serviceAreas":["bibliotek","kino"],
             "strategicValues":[{"code":"folkehelse","name":"Folkehelse og trivsel"}]}"""));
        var named = page(RANA_STAFF, Language.BOKMAL).body();
        proposals.answer("GET", "/municipalities/1833/idea-choices", Answer.unavailable());
        var coded = page(RANA_STAFF, Language.BOKMAL).body();

        assertEquals(List.of("Folkehelse og trivsel"), rowHeadings(named, "by-strategic-value"));
        assertEquals(List.of("folkehelse"), rowHeadings(coded, "by-strategic-value"));
        assertEquals(200, page(RANA_STAFF, Language.BOKMAL).statusCode());
    }

    @Test
    void namesStrategicValuesInThePagesLanguageAndTheMunicipalityByNameOnceItIsDescribed() {
        var staff = new Person("trondheim-staff", "Tone Saksbehandler", "5001", List.of("staff"));
        try (var trondheim = new DashboardStoriesOnKafka(infrastructure, "5001");
             var municipalities = new MunicipalitiesOnKafka(infrastructure)) {
            trondheim.submitted(AT, "kino", List.of("folkehelse"), List.of("barn"));
            municipalities.described("5001", "Trondheim", List.of(new NamedChoice("folkehelse",
                new Names("Folkehelse", "Folkehelse i kvardagen", "Everyday health"))));
        }

        eventually(() -> assertEquals(List.of("Folkehelse i kvardagen"),
            rowHeadings(page(staff, Language.NYNORSK).body(), "by-strategic-value")));
        var english = page(staff, Language.ENGLISH).body();
        assertEquals(List.of("Everyday health"), rowHeadings(english, "by-strategic-value"));
        assertTrue(english.contains("<h1>Dashboard for Trondheim</h1>"), english);
    }

    private static List<String> rowHeadings(String html, String figure) {
        var start = html.indexOf("<table id=\"" + figure + "-table\"");
        return ROW.matcher(html.substring(start, html.indexOf("</table>", start))).results().map(row -> row.group(1))
            .toList();
    }

    @Test
    void sendsAnAnonymousVisitorToSignIn() {
        var response = gateway.get("/stab/dashbord", Map.of("Accept", "text/html"));
        assertEquals(303, response.statusCode());
        assertEquals("/logg-inn", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void tellsASignedInResidentPlainlyThatTheDashboardIsForStaff() {
        var response = page(Person.ranaResident(), Language.ENGLISH);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("<h1>" + shellBundle(Language.ENGLISH).getString("dashboard.forbidden.heading") + "</h1>"));
        assertFalse(response.body().contains("by-status"), "no figure is shown");
    }

    @Test
    void theTablesHoldTheSameNumbersAsTheApi() {
        var figures = api();
        var html = page(RANA_STAFF, Language.ENGLISH).body();

        assertAll(
            () -> assertEquals(counts(figures.byStatus()), cells(html, "by-status")),
            () -> assertEquals(counts(figures.byServiceArea()), cells(html, "by-service-area")),
            () -> assertEquals(counts(figures.byStrategicValue()), cells(html, "by-strategic-value")),
            () -> assertEquals(counts(figures.byTargetGroup()), cells(html, "by-target-group")),
            () -> assertEquals(answers(figures.timeToFirstAnswer().fromSubmission(),
                figures.timeToFirstAnswer().fromPublication()), cells(html, "answer-times")),
            () -> assertEquals(figures.participation().stream().map(DashboardPageIT::participation).toList(),
                cells(html, "participation")));
    }

    @Test
    void writesNumbersAsTheChosenLanguageDoes() {
        var html = page(RANA_STAFF, Language.BOKMAL).body();
        // 1.5, 3 and 4.5 days from submission: median 3.0, in bokmål with a decimal comma.
        assertTrue(html.contains("<td>3,0 dager</td>"), html);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFigureHasANamedChartThenACaptionedTableInEachLanguage(Language language) {
        var response = page(RANA_STAFF, language);
        var html = response.body();
        var words = bundle(language);
        assertEquals(200, response.statusCode());
        assertTrue(html.contains("<html lang=\"" + language.tag() + "\">"));
        assertTrue(html.contains("<h1>" + shellBundle(language).getString("dashboard.heading").replace("{0}", "1833") + "</h1>"), html);
        for (var figure : FIGURES) {
            var chart = html.indexOf("<svg id=\"" + figure + "-chart\"");
            var table = html.indexOf("<table id=\"" + figure + "-table\"");
            assertTrue(chart > 0 && table > chart, figure + ": a chart, then its table");
            var svg = html.substring(chart, html.indexOf("</svg>", chart));
            assertTrue(svg.contains("role=\"img\""), figure);
            assertTrue(svg.contains("aria-labelledby=\"" + figure + "-chart-title " + figure + "-chart-desc\""), figure);
            assertTrue(svg.contains("<title id=\"" + figure + "-chart-title\">"), figure);
            assertTrue(svg.contains("<desc id=\"" + figure + "-chart-desc\">"), figure);
        }
        for (var heading : List.of("dashboard.byStatus", "dashboard.byServiceArea", "dashboard.byStrategicValue",
            "dashboard.byTargetGroup", "dashboard.answers", "dashboard.participation")) {
            assertTrue(html.contains(">" + words.getString(heading) + "</h2>"), heading);
            assertTrue(html.contains("<caption>" + words.getString("dashboard.table").replace("{0}", words.getString(heading))
                + "</caption>"), heading);
            assertTrue(html.contains("<title id=\"") && html.contains("\">" + words.getString(heading) + "</title>"), heading);
        }
        assertTrue(html.contains("<th scope=\"row\">" + words.getString("status.accepted") + "</th>"));
        assertTrue(html.contains("<th scope=\"row\">" + words.getString("dashboard.targetGroup.barn") + "</th>"));
        assertFalse(html.contains("dashboard."), "no bundle key shows instead of its text");
        assertFalse(html.contains(" style="), "no inline style: the CSP forbids it");
    }

    @Test
    void isNeverCached() {
        assertEquals("no-store", page(RANA_STAFF, Language.BOKMAL).headers().firstValue("Cache-Control").orElse(""));
    }

    private List<List<String>> counts(List<Count> counts) {
        return counts.stream().map(count -> List.of(Long.toString(count.count()))).toList();
    }

    /** Median, 90th percentile, answered and waiting as rows; from submission and from publication as columns. */
    private static List<List<String>> answers(AnswerTime fromSubmission, AnswerTime fromPublication) {
        return List.of(List.of(days(fromSubmission.medianDays()), days(fromPublication.medianDays())),
            List.of(days(fromSubmission.p90Days()), days(fromPublication.p90Days())),
            List.of(Long.toString(fromSubmission.answered()), Long.toString(fromPublication.answered())),
            List.of(Long.toString(fromSubmission.waiting()), Long.toString(fromPublication.waiting())));
    }

    private static String days(Double days) {
        if (days == null) {
            return bundle(Language.ENGLISH).getString("dashboard.days.none");
        }
        var format = NumberFormat.getNumberInstance(Language.ENGLISH.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return bundle(Language.ENGLISH).getString("dashboard.days").replace("{0}", format.format(days));
    }

    private static List<String> participation(Week week) {
        return Stream.of(week.ideasSubmitted(), week.supportsGiven(), week.commentsAdded()).map(String::valueOf).toList();
    }

    /** The data cells of each row of the figure's table. */
    private static List<List<String>> cells(String html, String figure) {
        var start = html.indexOf("<table id=\"" + figure + "-table\"");
        var table = html.substring(start, html.indexOf("</table>", start));
        var rows = new ArrayList<List<String>>();
        ROW.matcher(table).results().forEach(row -> rows.add(CELL.matcher(row.group(2)).results()
            .map(cell -> cell.group(1)).toList()));
        return rows;
    }

    /** The ideas module's panel, under {@code panels.ideas} of the shell's dashboard. */
    private DashboardFigures api() {
        var response = gateway.get("/api/staff/dashboard", Map.of("Accept", "application/json", "Cookie", cookie(RANA_STAFF)));
        assertEquals(200, response.statusCode(), response.body());
        try {
            var json = gateway.bean(JsonMapper.class);
            var ideas = json.readValue(response.body(), JsonNode.class).get("panels").get("ideas");
            return json.readValueFromTree(ideas, DashboardFigures.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> page(Person person, Language language) {
        return gateway.get("/stab/dashbord?lang=" + language.tag(), Map.of("Accept", "text/html", "Cookie", cookie(person)));
    }

    private String cookie(Person person) {
        return "samskap_id=" + gateway.identityProvider().idToken(person, Duration.ofMinutes(5));
    }

    private static ResourceBundle shellBundle(Language language) {
        return ResourceBundle.getBundle("i18n/shell", language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle("i18n/ideas", language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
