package no.samskap.gateway.events.organisers;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.shell.dashboard.DashboardPanel;
import no.samskap.gateway.shell.dashboard.Period;
import no.samskap.gateway.shell.web.Texts;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
        var html = new StringBuilder("<section class=\"co-creation\" aria-labelledby=\"co-creation-heading\">\n")
            .append("<h2 class=\"ds-heading\" data-size=\"sm\" id=\"co-creation-heading\">")
            .append(texts.text("evo.dashboard.heading")).append("</h2>\n");
        if (figures.events() == 0) {
            return html.append("<p>").append(texts.text("evo.dashboard.none")).append("</p>\n</section>\n").toString();
        }
        html.append("<p>").append(texts.text("evo.dashboard.events", figures.events())).append("</p>\n<dl>\n");
        for (var share : List.of(Map.entry("evo.dashboard.ideas", figures.realiseAnIdea()),
            Map.entry("evo.dashboard.coHosted", figures.coHosted()),
            Map.entry("evo.dashboard.volunteers", figures.staffedByVolunteers()))) {
            html.append("  <dt>").append(texts.text(share.getKey())).append("</dt>\n  <dd>")
                .append(texts.text("evo.dashboard.share", Math.round(100.0 * share.getValue() / figures.events()),
                    share.getValue(), figures.events())).append("</dd>\n");
        }
        return html.append("</dl>\n</section>\n").toString();
    }
}
