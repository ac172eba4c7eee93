package no.samskap.gateway.events.organisers;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.dashboard.DashboardPanel;
import no.samskap.gateway.shell.dashboard.Period;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The dashboard's first Kommune 3.0 figure: of the published events that start in the period (from the first day
 * the platform knows when the period has no start), the share that realise an
 * idea, that an association co-hosts, and that volunteers staff. Together they say how much of the culture offer
 * residents and associations made with the municipality.
 */
@Singleton
class CoCreationPanel implements DashboardPanel {

    @Serdeable
    record Figures(int events, int realiseAnIdea, int coHosted, int staffedByVolunteers) {
    }

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final DSLContext sql;

    CoCreationPanel(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String key() {
        return "coCreation";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public DashboardPanel.Figures read(String municipality, Period period) {
        var row = sql.fetchOne("""
                select count(*) as events,
                       count(*) filter (where cardinality(e.idea_ids) > 0) as ideas,
                       count(*) filter (where cardinality(e.co_host_ids) > 0) as co_hosted,
                       count(*) filter (where coalesce(s.volunteers, 0) > 0) as staffed
                  from event_calendar e
                  left join event_staffing s on s.event_id = e.id
                 where e.municipality = ? and e.status in ('published', 'completed')
                   and e.starts_at >= ?::timestamptz and e.starts_at < ?::timestamptz""",
            municipality, Optional.ofNullable(period.from()).orElse(LocalDate.parse(Period.EARLIEST))
                .atStartOfDay(OSLO).toOffsetDateTime(),
            period.to().plusDays(1).atStartOfDay(OSLO).toOffsetDateTime());
        var figures = new Figures(row.get("events", Integer.class), row.get("ideas", Integer.class),
            row.get("co_hosted", Integer.class), row.get("staffed", Integer.class));
        return new DashboardPanel.Figures() {
            @Override
            public Object json() {
                return figures;
            }

            @Override
            public String html(Texts texts) {
                return render(texts, figures);
            }
        };
    }

    static String render(Texts texts, Figures figures) {
        return OrganiserPages.TEMPLATES.render("organisers/coCreation.jte",
            CoCreationFigures.of(new TemplateTexts(texts), figures));
    }
}
