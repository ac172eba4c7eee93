package no.samskap.gateway.ideas.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.dashboard.DashboardPanel;
import no.samskap.gateway.shell.dashboard.Percentiles;
import no.samskap.gateway.shell.dashboard.Period;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * The ideas' part of the Kommune 3.0 panel, before the events' co-creation and the feedback's part: of the ideas
 * submitted in the period, how many the municipality accepted and how many came true, and the days from an idea
 * to its realisation (the proposals service realises an idea when the event that names it is completed).
 */
@Singleton
class IdeaLoopPanel implements DashboardPanel {

    @Serdeable
    record Figures(long submitted, long accepted, long realised, @Nullable Double medianDaysToRealised,
                   @Nullable Double p90DaysToRealised) {
    }

    private static final double SECONDS_PER_DAY = 86_400;

    private final DSLContext sql;

    IdeaLoopPanel(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String key() {
        return "ideaLoop";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    @Transactional(readOnly = true)
    public DashboardPanel.Figures read(String municipality, Period period) {
        var bindings = new Object[] {municipality,
            period.firstDay().atStartOfDay(DashboardProjection.NORWAY).toOffsetDateTime(),
            period.to().plusDays(1).atStartOfDay(DashboardProjection.NORWAY).toOffsetDateTime()};
        var submitted = "from idea_board b where b.municipality = ? and b.submitted_at >= ?::timestamptz"
            + " and b.submitted_at < ?::timestamptz";
        var counts = sql.fetchOne("select count(*) as submitted,"
            + " count(*) filter (where b.status in ('accepted', 'realised')) as accepted,"
            + " count(*) filter (where b.status = 'realised') as realised " + submitted, bindings);
        var seconds = sql.fetch("select extract(epoch from (select min(s.occurred_at) from idea_board_step s"
                + " where s.idea_id = b.id and s.status = 'realised') - b.submitted_at)::float8 as seconds "
                + submitted + " and b.status = 'realised'", bindings)
            .stream().map(row -> row.get("seconds", Double.class)).filter(each -> each != null)
            .mapToDouble(Double::doubleValue).toArray();
        var figures = new Figures(counts.get("submitted", Long.class), counts.get("accepted", Long.class),
            counts.get("realised", Long.class), days(Percentiles.of(seconds, 0.5)), days(Percentiles.of(seconds, 0.9)));
        return DashboardPanel.Figures.of(figures, texts -> IdeaLoopView.render(texts, figures));
    }

    private static Double days(OptionalDouble seconds) {
        return seconds.isPresent()
            ? BigDecimal.valueOf(seconds.getAsDouble() / SECONDS_PER_DAY).setScale(1, RoundingMode.HALF_UP).doubleValue()
            : null;
    }
}
