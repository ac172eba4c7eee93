package no.samskap.gateway.feedback.staff;

import jakarta.inject.Singleton;
import no.samskap.gateway.feedback.readmodel.FeedbackBoard;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Texts;

/**
 * "Tilbakemeldinger som venter på svar": the municipality's unanswered feedback, soonest committed date first, each
 * with the answer form (public or to the author only) and the form that moves the date.
 */
@Singleton
final class AwaitingAnswerSection implements InboxSection {

    static final String KEY = "feedback-awaiting-answer";

    private final FeedbackBoard board;

    AwaitingAnswerSection(FeedbackBoard board) {
        this.board = board;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("fb.staff.awaiting");
    }

    @Override
    public Items read(StaffMember member) {
        var waiting = board.awaitingAnswer(member.municipality());
        return new Items() {
            @Override
            public int count() {
                return waiting.size();
            }

            @Override
            public String html(InboxView view) {
                return AwaitingAnswers.render(waiting, view);
            }
        };
    }
}
