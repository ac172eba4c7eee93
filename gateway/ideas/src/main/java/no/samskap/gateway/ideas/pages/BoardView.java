package no.samskap.gateway.ideas.pages;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaPetition;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * The idea board of one municipality ({@code board.jte}): the search form, the statuses as chips that narrow the list
 * at once, the ideas as cards, and the link to the next page. {@code problem} says which part of the address the board
 * could not use, in the page's words.
 */
public final class BoardView {

    public record View(TemplateTexts t, Content heading, String path, String municipality, String q, String status,
                       List<Select> selects, List<Chip> statuses, @Nullable Content problem, List<Card> ideas,
                       @Nullable String next, Content script) {
    }

    public record Select(String field, Content label, List<Option> options) {
    }

    public record Option(String value, Content text, boolean selected) {
    }

    public record Chip(String href, Content text, boolean current) {
    }

    /**
     * {@code thresholdReached}, {@code overdue} and {@code petition} (the idea's innbyggerforslag): what the card says
     * beside the status, null when nothing.
     */
    public record Card(String id, String title, Content serviceArea, Content status, String statusColor,
                       Content supports, Content comments, @Nullable Content thresholdReached,
                       @Nullable Content overdue, @Nullable Content petition) {
    }

    private BoardView() {
    }

    /** {@code name}: the municipality's, as the page calls it; {@code problem}: safe HTML or null. */
    static String render(BoardSearch search, String name, IdeaBoardPage page, Map<UUID, IdeaPetition> petitions,
                         Texts texts, @Nullable String problem, LocalDate today) {
        return frame(search, name, texts, main(search, name, page, petitions, texts, problem, today));
    }

    /** The page's main part, the same for every viewer. */
    static String main(BoardSearch search, String name, IdeaBoardPage page, Map<UUID, IdeaPetition> petitions,
                       Texts texts, @Nullable String problem, LocalDate today) {
        var t = new TemplateTexts(texts);
        var selects = List.of(
            select(texts, "serviceArea", BoardSearch.SERVICE_AREAS, search.serviceArea(), "board.search.all"),
            select(texts, "sort", BoardSearch.SORTS, search.sort(), "board.search.sort.default"));
        var statuses = new ArrayList<Chip>();
        statuses.add(new Chip(search.withStatus("").address(null), t.get("board.search.all"), search.status().isEmpty()));
        BoardSearch.STATUSES.forEach(code -> statuses.add(new Chip(search.withStatus(code).address(null),
            t.get("status." + code), code.equals(search.status()))));
        var cards = page.ideas().stream().map(idea -> card(idea, texts, today,
            PetitionView.badge(petitions.get(UUID.fromString(idea.id())), texts, today))).toList();
        var view = new View(t, t.get("board.heading", name), search.path(), search.municipality(), search.q(),
            search.status(), selects, statuses, problem == null ? null : html(problem), cards,
            page.next() == null ? null : search.address(page.next()),
            html(Assets.bundled().scriptTag("live-board.js")));
        return IdeaTemplates.render("board.jte", view);
    }

    /** The frame around the main part: navigation and sign-in depend on the viewer. */
    static String frame(BoardSearch search, String name, Texts texts, String main) {
        return Page.render(texts, texts.text("board.title", name), main, search.address(null),
            PageDetails.NONE.describedAs(texts.text("board.description", name)));
    }

    static Card card(IdeaSummary idea, Texts texts, LocalDate today) {
        return card(idea, texts, today, null);
    }

    static Card card(IdeaSummary idea, Texts texts, LocalDate today, @Nullable Content petition) {
        return new Card(idea.id(), idea.title(), html(texts.word("serviceArea", idea.serviceArea())),
            html(texts.word("status", idea.status())), IdeaTemplates.statusColor(idea.status()),
            html(texts.text("board.supports", idea.supportCount())),
            html(texts.text("board.comments", idea.commentCount())),
            idea.thresholdReachedAt() == null ? null : html(texts.text("board.thresholdReached")),
            ResponseDue.missed(idea, today).map(due -> html(texts.text("idea.overdue", texts.date(due)))).orElse(null),
            petition);
    }

    private static Select select(Texts texts, String field, List<String> codes, String chosen, String noneKey) {
        var options = new ArrayList<Option>();
        options.add(new Option("", html(texts.text(noneKey)), chosen.isEmpty()));
        codes.forEach(code -> options.add(new Option(code, html(texts.text(field + "." + code)), code.equals(chosen))));
        return new Select(field, html(texts.text("board.search." + field)), options);
    }
}
