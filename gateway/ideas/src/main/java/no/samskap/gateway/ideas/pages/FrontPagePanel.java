package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.readmodel.BoardQuery;
import no.samskap.gateway.ideas.readmodel.IdeaBoard;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.home.MunicipalityHomeController;
import no.samskap.gateway.shell.web.PagePanel;
import no.samskap.gateway.shell.web.PanelViewer;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The ideas module's part of a municipality's front page: how many ideas were answered and realised, the newest and
 * most supported ideas, and what the municipality answered lately, with the way to send one in.
 */
@Singleton
public final class FrontPagePanel implements PagePanel {

    static final int EACH_LIST = 3;

    /** What {@code frontPage.jte} shows. */
    public record View(TemplateTexts t, String municipality, List<Content> figures, List<BoardView.Card> newest,
                       List<BoardView.Card> mostSupported, List<BoardView.Card> answered) {
    }

    private final IdeaBoard board;
    private final Clock clock;

    FrontPagePanel(IdeaBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @Override
    public String page() {
        return MunicipalityHomeController.PAGE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<String> content(String municipality, PanelViewer viewer) {
        var texts = viewer.texts();
        var tally = board.tally(municipality);
        var figures = List.of(html(texts.text("front.figure.ideas", tally.ideas())),
            html(texts.text("front.figure.answered", tally.answered())),
            html(texts.text("front.figure.realised", tally.realised())));
        var view = new View(new TemplateTexts(texts), municipality, figures,
            cards(sorted(municipality, "newest"), texts), cards(sorted(municipality, "most-supported"), texts),
            cards(board.answeredLately(municipality, EACH_LIST), texts));
        return Optional.of(IdeaTemplates.render("frontPage.jte", view));
    }

    private List<IdeaSummary> sorted(String municipality, String sort) {
        return board.page(BoardQuery.of(municipality, null, null, null, sort, null, EACH_LIST, null)).ideas();
    }

    private List<BoardView.Card> cards(List<IdeaSummary> ideas, Texts texts) {
        var today = ResponseDue.today(clock);
        return ideas.stream().map(idea -> BoardView.card(idea, texts, today)).toList();
    }
}
