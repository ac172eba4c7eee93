package no.samskap.gateway.ideas.pages;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import no.samskap.gateway.ideas.readmodel.IdeaBoardPage;
import no.samskap.gateway.ideas.readmodel.IdeaPetition;
import no.samskap.gateway.shell.web.Language;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The board's list as last rendered for each address and language (the page's main part; the frame around it depends
 * on the viewer and is rendered every time). The address rather than the query it asks: two addresses asking the same
 * query show what was typed or chosen in the search form differently. The board gives the same page object again only
 * while its municipality's board is unchanged (ADR 0062), so HTML rendered from that very object, with equal
 * petitions, the same municipality name and the same day, is the HTML a fresh rendering would give.
 */
@Singleton
final class RenderedBoardPages {

    private final int capacity;
    private final Map<Key, Rendered> rendered;

    RenderedBoardPages(@Value("${samskap.board.pages-kept:256}") int capacity) {
        this.capacity = capacity;
        this.rendered = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
                return size() > RenderedBoardPages.this.capacity;
            }
        };
    }

    String main(String address, Language language, IdeaBoardPage page, Map<UUID, IdeaPetition> petitions,
                String name, LocalDate today, Supplier<String> rendering) {
        var key = new Key(address, language);
        synchronized (this) {
            var kept = rendered.get(key);
            if (kept != null && kept.page() == page && kept.petitions().equals(petitions) && kept.name().equals(name)
                && kept.today().equals(today)) {
                return kept.html();
            }
        }
        var html = rendering.get();
        synchronized (this) {
            rendered.put(key, new Rendered(page, petitions, name, today, html));
        }
        return html;
    }

    private record Key(String address, Language language) {
    }

    private record Rendered(IdeaBoardPage page, Map<UUID, IdeaPetition> petitions, String name, LocalDate today,
                            String html) {
    }
}
