package no.samskap.gateway.feedback.dashboard;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.web.FeedbackForm;
import no.samskap.gateway.shell.dashboard.DashboardPanel;
import no.samskap.gateway.shell.dashboard.Period;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;
import org.jooq.DSLContext;

import java.time.ZoneId;
import java.util.List;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The feedback's part of the Kommune 3.0 panel, after the ideas' funnel and the events' co-creation: of the feedback
 * given in the period, on how many events, how much became a new idea, and how many of those ideas an event has
 * since realised ("you said, we did"). The loop closes where this panel ends.
 */
@Singleton
class FeedbackLoopPanel implements DashboardPanel {

    @Serdeable
    record Figures(int feedbackGiven, int eventsWithFeedback, int turnedIntoIdeas, int ideasRealisedByAnEvent) {
    }

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final DSLContext sql;

    FeedbackLoopPanel(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public String key() {
        return "feedbackLoop";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    @Transactional(readOnly = true)
    public DashboardPanel.Figures read(String municipality, Period period) {
        var row = sql.fetchOne("""
                select count(*) as given, count(distinct f.event_id) as events,
                       count(f.idea_id) as ideas,
                       count(distinct f.idea_id) filter (where exists (
                           select 1 from feedback_event e where f.idea_id = any(e.idea_ids))) as realised
                  from feedback_board f
                 where f.municipality = ? and f.given_at >= ?::timestamptz and f.given_at < ?::timestamptz""",
            municipality, period.firstDay().atStartOfDay(NORWAY).toOffsetDateTime(),
            period.to().plusDays(1).atStartOfDay(NORWAY).toOffsetDateTime());
        var figures = new Figures(row.get("given", Integer.class), row.get("events", Integer.class),
            row.get("ideas", Integer.class), row.get("realised", Integer.class));
        return DashboardPanel.Figures.of(figures, texts -> render(texts, figures));
    }

    static String render(Texts texts, Figures figures) {
        var given = figures.feedbackGiven();
        var steps = given == 0 ? List.<FeedbackLoop.Step>of() : List.of(
            step("fb.loop.given", texts.number(given)),
            step("fb.loop.events", texts.number(figures.eventsWithFeedback())),
            step("fb.loop.ideas", texts.text("fb.dashboard.onTime",
                Math.round(100.0 * figures.turnedIntoIdeas() / given), figures.turnedIntoIdeas(), given)),
            step("fb.loop.realised", texts.number(figures.ideasRealisedByAnEvent())));
        return FeedbackForm.TEMPLATES.render("dashboard/loop.jte", new FeedbackLoop(new TemplateTexts(texts), steps));
    }

    private static FeedbackLoop.Step step(String key, String safeValue) {
        return new FeedbackLoop.Step(key, html(safeValue));
    }
}
