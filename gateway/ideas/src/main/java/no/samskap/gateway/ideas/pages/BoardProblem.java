package no.samskap.gateway.ideas.pages;

import no.samskap.gateway.shell.web.Texts;

/**
 * What the board says when its address holds a value it cannot use (an unknown status or service area, an order it
 * does not know, words too long, a next-page link from another search): the field by its label, the value as given,
 * and that the list is shown without it, in the page's words. Safe HTML.
 */
final class BoardProblem {

    private BoardProblem() {
    }

    static String describe(String field, BoardSearch search, Texts texts) {
        switch (field) {
            case "serviceArea":
                return texts.text("board.problem.unknown", texts.text("board.search.serviceArea"), search.serviceArea());
            case "status":
                return texts.text("board.problem.unknown", texts.text("board.search.status"), search.status());
            case "sort":
                return texts.text("board.problem.unknown", texts.text("board.search.sort"), search.sort());
            case "q":
                return texts.text("board.problem.q");
            case "after":
                return texts.text("board.problem.after");
            default:
                return texts.text("board.problem.other");
        }
    }
}
