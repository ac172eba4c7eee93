package no.samskap.gateway.ideas.readmodel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The board's most recently asked pages, each kept with the version of its municipality's board it was read at
 * ({@code idea_board_version}, which every change to the board sets). A page is given again only while that version
 * is unchanged, so nobody is shown a board older than the last change committed before they asked. Boards are read
 * far more often than they change, and a kept page saves reading and converting twenty rows for the price of one
 * primary-key read; the least recently asked page gives way when {@link #capacity} pages are kept.
 */
final class RecentBoardPages {

    private final int capacity;
    private final Map<BoardQuery, Kept> pages;

    RecentBoardPages(int capacity) {
        this.capacity = capacity;
        this.pages = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<BoardQuery, Kept> eldest) {
                return size() > RecentBoardPages.this.capacity;
            }
        };
    }

    /** The page kept for this query, if it was read at this version of the board. */
    synchronized Optional<IdeaBoardPage> at(BoardQuery query, long version) {
        var kept = pages.get(query);
        return kept != null && kept.version == version ? Optional.of(kept.page) : Optional.empty();
    }

    synchronized IdeaBoardPage keep(BoardQuery query, long version, IdeaBoardPage page) {
        pages.put(query, new Kept(version, page));
        return page;
    }

    private record Kept(long version, IdeaBoardPage page) {
    }
}
