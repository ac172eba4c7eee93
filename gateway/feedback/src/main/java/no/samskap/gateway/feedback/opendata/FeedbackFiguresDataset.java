package no.samskap.gateway.feedback.opendata;

import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.shell.opendata.OpenDataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The feedback figures per service unit and per event: counts, average, the ratings 1–5 counted and how many were
 * answered, in all and by the committed date. Never a text, never a person.
 */
@Singleton
final class FeedbackFiguresDataset implements OpenDataset {

    @Override
    public String name() {
        return "feedback-figures";
    }

    private final FeedbackBoard board;

    FeedbackFiguresDataset(FeedbackBoard board) {
        this.board = board;
    }

    @Override
    public List<String> columns() {
        return List.of("subject", "key", "name", "count", "average", "rating_1", "rating_2", "rating_3", "rating_4",
            "rating_5", "answered", "answered_on_time");
    }

    @Override
    public List<List<Object>> rows(String municipality) {
        return board.figures(municipality, null, null).stream().map(row -> {
            var summary = row.summary();
            var values = new ArrayList<Object>(List.of(row.subject(), row.key(), row.name(), summary.count(),
                summary.average()));
            values.addAll(summary.distribution());
            values.add(summary.answered());
            values.add(summary.answeredOnTime());
            return List.copyOf(values);
        }).toList();
    }
}
