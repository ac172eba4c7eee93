package no.samskap.gateway.feedback.dashboard;

import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.feedback.readmodel.Unit;
import no.samskap.gateway.shell.dashboard.DashboardPanel;
import no.samskap.gateway.shell.dashboard.Period;

import java.util.stream.Collectors;

/** The feedback module's figures on the staff dashboard: per event, per unit and per month, after the ideas panel. */
@Singleton
final class FeedbackDashboardPanel implements DashboardPanel {

    private final FeedbackFiguresQuery query;
    private final FeedbackBoard board;

    FeedbackDashboardPanel(FeedbackFiguresQuery query, FeedbackBoard board) {
        this.query = query;
        this.board = board;
    }

    @Override
    public String key() {
        return "feedback";
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public DashboardPanel.Figures read(String municipality, Period period) {
        var figures = query.figures(municipality, period);
        return DashboardPanel.Figures.of(figures, texts -> {
            var unitNames = board.units(municipality).stream()
                .collect(Collectors.toMap(Unit::code, unit -> unit.name(texts.language())));
            return FeedbackDashboard.of(texts, unitNames, figures).render();
        });
    }
}
