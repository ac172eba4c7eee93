package no.samskap.gateway.ideas.dashboard;

import no.samskap.gateway.ideas.dashboard.DashboardFigures.AnswerTime;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Count;
import no.samskap.gateway.ideas.dashboard.DashboardFigures.Week;
import no.samskap.gateway.shell.dashboard.BarChart;
import no.samskap.gateway.shell.dashboard.BarChart.Bar;
import no.samskap.gateway.shell.dashboard.BarChart.Section;
import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Texts;

import java.text.NumberFormat;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** The ideas module's panel of the staff dashboard: for each figure a bar chart, then a table holding the same numbers. */
final class DashboardPage {

    private final Texts texts;
    private final Map<String, String> strategicValueNames;
    private final NumberFormat decimals;

    private DashboardPage(Texts texts, Map<String, String> strategicValueNames) {
        this.texts = texts;
        this.strategicValueNames = strategicValueNames;
        this.decimals = NumberFormat.getNumberInstance(texts.language().locale());
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
    }

    /** {@code strategicValueNames} by code, as the municipality named them; a value without a name shows its code. */
    static String render(DashboardFigures figures, Texts texts, Map<String, String> strategicValueNames) {
        return new DashboardPage(texts, strategicValueNames).page(figures);
    }

    private String page(DashboardFigures figures) {
        return String.join("\n",
            "<p id=\"ideas-scope\">" + texts.text("dashboard.ideas.scope") + "</p>",
            counts("by-status", "dashboard.byStatus", "dashboard.column.status", figures.byStatus(),
                code -> texts.word("status", code)),
            counts("by-service-area", "dashboard.byServiceArea", "dashboard.column.serviceArea", figures.byServiceArea(),
                code -> texts.word("serviceArea", code)),
            counts("by-strategic-value", "dashboard.byStrategicValue", "dashboard.column.strategicValue",
                figures.byStrategicValue(), code -> Html.escape(strategicValueNames.getOrDefault(code, code))),
            counts("by-target-group", "dashboard.byTargetGroup", "dashboard.column.targetGroup", figures.byTargetGroup(),
                code -> texts.word("dashboard.targetGroup", code)),
            "<p id=\"ideas-overdue\">" + texts.text("dashboard.overdueNow", figures.overdueNow()) + "</p>",
            "<p id=\"petitions-overdue\">" + texts.text("dashboard.overduePetitionsNow", figures.overduePetitionsNow())
                + "</p>",
            answerTimes(figures.timeToFirstAnswer()),
            participation(figures.participation()));
    }

    private String counts(String id, String headingKey, String columnKey, List<Count> counts, Function<String, String> word) {
        var heading = texts.text(headingKey);
        if (counts.isEmpty()) {
            return section(id, heading, "<p id=\"" + id + "-empty\">" + texts.text("dashboard.empty") + "</p>");
        }
        var bars = counts.stream().map(count -> new Bar(word.apply(count.code()), count.count(), texts.number(count.count())))
            .toList();
        var rows = counts.stream().map(count -> row(word.apply(count.code()), texts.number(count.count())))
            .collect(Collectors.joining("\n"));
        return section(id, heading, chart(id, heading, List.of(new Section(null, bars)))
            + "\n" + table(id, heading, List.of(texts.text(columnKey), texts.text("dashboard.column.ideas")), rows));
    }

    private String answerTimes(DashboardFigures.AnswerTimes times) {
        var id = "answer-times";
        var heading = texts.text("dashboard.answers");
        var fromSubmission = texts.text("dashboard.answers.fromSubmission");
        var fromPublication = texts.text("dashboard.answers.fromPublication");
        var bars = List.of(
            median(fromSubmission, times.fromSubmission()), ninetieth(fromSubmission, times.fromSubmission()),
            median(fromPublication, times.fromPublication()), ninetieth(fromPublication, times.fromPublication()));
        var sub = times.fromSubmission();
        var pub = times.fromPublication();
        // Measures as rows and the two clocks as columns: three columns still fit a phone held upright.
        var rows = String.join("\n",
            row(texts.text("dashboard.column.median"), days(sub.medianDays()), days(pub.medianDays())),
            row(texts.text("dashboard.column.p90"), days(sub.p90Days()), days(pub.p90Days())),
            row(texts.text("dashboard.column.answered"), texts.number(sub.answered()), texts.number(pub.answered())),
            row(texts.text("dashboard.column.waiting"), texts.number(sub.waiting()), texts.number(pub.waiting())));
        return section(id, heading, chart(id, heading, List.of(new Section(null, bars))) + "\n" + table(id, heading,
            List.of(texts.text("dashboard.column.measure"), fromSubmission, fromPublication), rows));
    }

    private Bar median(String measure, AnswerTime time) {
        return new Bar(around("dashboard.answers.median", measure), value(time.medianDays()), days(time.medianDays()));
    }

    private Bar ninetieth(String measure, AnswerTime time) {
        return new Bar(around("dashboard.answers.p90", measure), value(time.p90Days()), days(time.p90Days()));
    }

    private String days(Double days) {
        return days == null ? texts.text("dashboard.days.none") : texts.text("dashboard.days", decimals.format(days));
    }

    private static double value(Double days) {
        return days == null ? 0 : days;
    }

    private String participation(List<Week> weeks) {
        var id = "participation";
        var heading = texts.text("dashboard.participation");
        var sections = List.of(
            weekSection("dashboard.column.ideasSubmitted", weeks, Week::ideasSubmitted),
            weekSection("dashboard.column.supportsGiven", weeks, Week::supportsGiven),
            weekSection("dashboard.column.commentsAdded", weeks, Week::commentsAdded));
        var rows = weeks.stream().map(week -> row(
                texts.text("dashboard.weekStarting", weekNumber(week), texts.date(week.weekStart())),
                texts.number(week.ideasSubmitted()), texts.number(week.supportsGiven()), texts.number(week.commentsAdded())))
            .collect(Collectors.joining("\n"));
        return section(id, heading, chart(id, heading, sections) + "\n" + table(id, heading,
            List.of(texts.text("dashboard.column.week"), texts.text("dashboard.column.ideasSubmitted"),
                texts.text("dashboard.column.supportsGiven"), texts.text("dashboard.column.commentsAdded")), rows));
    }

    private Section weekSection(String headingKey, List<Week> weeks, ToLongFunction<Week> measure) {
        return new Section(texts.text(headingKey), weeks.stream()
            .map(week -> new Bar(texts.text("dashboard.week", weekNumber(week)), measure.applyAsLong(week),
                texts.number(measure.applyAsLong(week))))
            .toList());
    }

    private static int weekNumber(Week week) {
        return week.weekStart().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private String chart(String id, String heading, List<Section> sections) {
        return BarChart.svg(id, heading, around("dashboard.chart", BarChart.describe(sections)), sections);
    }

    private static String section(String id, String heading, String content) {
        return """
            <section id="%1$s" class="figure" aria-labelledby="%1$s-heading">
            <h2 id="%1$s-heading">%2$s</h2>
            %3$s
            </section>""".formatted(id, heading, content);
    }

    private String table(String id, String heading, List<String> columns, String rows) {
        var head = columns.stream().map(column -> "<th scope=\"col\">" + column + "</th>").collect(Collectors.joining());
        return """
            <table id="%s-table" class="figures">
            <caption>%s</caption>
            <thead><tr>%s</tr></thead>
            <tbody>
            %s
            </tbody>
            </table>""".formatted(id, around("dashboard.table", heading),
            head, rows);
    }

    /** The text under {@code key} with {@code html}, which is already safe, in its one place. */
    private String around(String key, String html) {
        return texts.text(key, "\u0000").replace("\u0000", html);
    }

    private static String row(String heading, String... cells) {
        var data = Arrays.stream(cells).map(cell -> "<td>" + cell + "</td>").collect(Collectors.joining());
        return "<tr><th scope=\"row\">" + heading + "</th>" + data + "</tr>";
    }
}
