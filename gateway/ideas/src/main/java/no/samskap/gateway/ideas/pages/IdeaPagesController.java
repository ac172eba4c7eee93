package no.samskap.gateway.ideas.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.gateway.shell.municipalities.MunicipalityDirectory;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import no.samskap.gateway.ideas.readmodel.IdeaBoard;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaPetition;
import no.samskap.gateway.ideas.readmodel.IdeaPetitions;
import no.samskap.gateway.ideas.readmodel.InvalidQueryValueException;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;


/** The board and idea pages, rendered on the server from the gateway's read model; no script needed. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class IdeaPagesController {

    private final IdeaBoard board;
    private final IdeaPageRendering ideaPage;
    private final MunicipalityDirectory municipalities;
    private final IdeaPetitions petitions;
    private final RenderedBoardPages renderedBoards;
    private final Clock clock;

    IdeaPagesController(IdeaBoard board, IdeaPageRendering ideaPage, MunicipalityDirectory municipalities,
                        IdeaPetitions petitions, RenderedBoardPages renderedBoards, Clock clock) {
        this.board = board;
        this.renderedBoards = renderedBoards;
        this.petitions = petitions;
        this.ideaPage = ideaPage;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    @Get("/kommuner/{municipality}/ideer")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> board(HttpRequest<?> request, @PathVariable String municipality,
                               @QueryValue @Nullable String q, @QueryValue @Nullable String serviceArea,
                               @QueryValue @Nullable String status, @QueryValue @Nullable String sort,
                               @QueryValue @Nullable String after) {
        var texts = new Texts(LanguageChoice.of(request));
        if (!MunicipalityNumber.isValid(municipality) || !isServed(municipality)) {
            return NotFoundPage.response(texts, request.getPath());
        }
        var name = municipalities.nameOf(municipality);
        var search = new BoardSearch(municipality, q, serviceArea, status, sort);
        var today = ResponseDue.today(clock);
        try {
            var page = board.page(search.query(after));
            var petitionsOnThePage = petitionsOn(page);
            var main = renderedBoards.main(search.address(after), texts.language(), page, petitionsOnThePage, name,
                today, () -> BoardView.main(search, name, page, petitionsOnThePage, texts, null, today));
            return html(HttpStatus.OK, BoardView.frame(search, name, texts, main));
        } catch (InvalidQueryValueException refused) {
            // A changed or stale address: say what could not be used, and show the board without it.
            var problem = BoardProblem.describe(refused.field(), search, texts);
            var fewer = search.without(refused.field());
            try {
                return html(HttpStatus.BAD_REQUEST, boardPage(fewer, name, board.page(fewer.query(null)), texts,
                    problem, today));
            } catch (InvalidQueryValueException again) {
                var plain = new BoardSearch(municipality, null, null, null, null);
                return html(HttpStatus.BAD_REQUEST, boardPage(plain, name, board.page(plain.query(null)), texts,
                    problem, today));
            }
        }
    }

    private String boardPage(BoardSearch search, String name, IdeaBoardPage page, Texts texts, @Nullable String problem,
                             LocalDate today) {
        return BoardView.render(search, name, page, petitionsOn(page), texts, problem, today);
    }

    private Map<UUID, IdeaPetition> petitionsOn(IdeaBoardPage page) {
        return petitions.among(page.ideas().stream().map(idea -> UUID.fromString(idea.id())).toList());
    }

    /** A municipality this installation serves: described by its owner, or with ideas on the board already. */
    private boolean isServed(String municipality) {
        return municipalities.all().stream().anyMatch(known -> known.number().equals(municipality))
            || !board.page(new BoardSearch(municipality, null, null, null, null).query(null)).ideas().isEmpty();
    }

    @Get("/ideer/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> idea(HttpRequest<?> request, @Nullable Authentication authentication, @PathVariable String id,
                              @QueryValue @Nullable String done) {
        return ideaPage.render(request, authentication, id, HttpStatus.OK, done, null);
    }

    private static HttpResponse<String> html(HttpStatus status, String page) {
        return HttpResponse.<String>status(status).body(page).contentType(MediaType.TEXT_HTML_TYPE);
    }

}
