package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaSummary;
import no.samskap.gateway.shell.assets.Assets;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.stream.Collectors;

import static no.samskap.gateway.shell.web.Html.escape;

/** The idea board of one municipality: the search form, the ideas found, and the link to the next page. */
final class BoardView {

    private static final String MAIN = """
        <h1>%s</h1>
        <form method="get" action="%s" class="search" role="search">
          <p><label for="q">%s</label>
          <input type="search" id="q" name="q" value="%s" maxlength="200"></p>
          <p><label for="serviceArea">%s</label>
          <select id="serviceArea" name="serviceArea">%s</select></p>
          <p><label for="status">%s</label>
          <select id="status" name="status">%s</select></p>
          <p><label for="sort">%s</label>
          <select id="sort" name="sort">%s</select></p>
          <p><button type="submit">%s</button></p>
        </form>
        <p id="board-live" class="live-notice" role="status" data-municipality="%s" data-changed="%s" data-reload="%s"></p>
        %s
        %s""";

    private static final String IDEA = """
        <li class="idea">
          <h2><a href="/ideer/%s">%s</a></h2>
          <p>%s · <span class="status">%s</span></p>
          <p>%s · %s</p>
        </li>""";

    private BoardView() {
    }

    /** {@code name}: the municipality's, as the page calls it. */
    static String render(BoardSearch search, String name, IdeaBoardPage page, Texts texts) {
        var main = MAIN.formatted(texts.text("board.heading", name), search.path(),
            texts.text("board.search.q"), escape(search.q()),
            texts.text("board.search.serviceArea"), options(texts, "serviceArea", BoardSearch.SERVICE_AREAS,
                search.serviceArea(), "board.search.all"),
            texts.text("board.search.status"), options(texts, "status", BoardSearch.STATUSES, search.status(),
                "board.search.all"),
            texts.text("board.search.sort"), options(texts, "sort", BoardSearch.SORTS, search.sort(),
                "board.search.sort.default"),
            texts.text("board.search.submit"), escape(search.municipality()), texts.text("board.live.changed"),
            texts.text("board.live.reload"), results(search, page, texts), Assets.bundled().scriptTag("live-board.js"));
        return Page.render(texts, texts.text("board.title", name), main, search.address(null));
    }

    private static String results(BoardSearch search, IdeaBoardPage page, Texts texts) {
        if (page.ideas().isEmpty()) {
            return "<p class=\"empty\">" + texts.text("board.empty") + "</p>";
        }
        var ideas = page.ideas().stream().map(idea -> idea(idea, texts)).collect(Collectors.joining("\n"));
        var next = page.next() == null ? "" : "\n<p><a rel=\"next\" href=\"%s\">%s</a></p>".formatted(
            escape(search.address(page.next())), texts.text("board.next"));
        return "<ul class=\"ideas\">\n" + ideas + "\n</ul>" + next;
    }

    private static String idea(IdeaSummary idea, Texts texts) {
        return IDEA.formatted(escape(idea.id()), escape(idea.title()),
            texts.word("serviceArea", idea.serviceArea()), texts.word("status", idea.status()),
            texts.text("board.supports", idea.supportCount()), texts.text("board.comments", idea.commentCount()));
    }

    private static String options(Texts texts, String field, List<String> codes, String chosen, String noneKey) {
        var none = "<option value=\"\">" + texts.text(noneKey) + "</option>";
        return none + codes.stream()
            .map(code -> "<option value=\"%s\"%s>%s</option>".formatted(code, code.equals(chosen) ? " selected" : "",
                texts.text(field + "." + code)))
            .collect(Collectors.joining());
    }
}
