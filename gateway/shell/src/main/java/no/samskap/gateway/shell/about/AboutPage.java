package no.samskap.gateway.shell.about;

import no.samskap.gateway.shell.web.Html;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A page of fixed text in every language: a heading, then sections of paragraphs, lists and outside links, each
 * written in the bundles under its own key so the three languages keep the same structure.
 */
record AboutPage(String path, String titleKey, String headingKey, List<Section> sections) {

    String render(Texts texts) {
        var main = "<h1>" + texts.text(headingKey) + "</h1>\n"
            + sections.stream().map(section -> section.html(texts)).collect(Collectors.joining("\n"));
        return Page.render(texts, texts.text(titleKey), main, path);
    }

    record Section(String id, String headingKey, List<Block> blocks) {

        static Section of(String id, String headingKey, Block... blocks) {
            return new Section(id, headingKey, List.of(blocks));
        }

        String html(Texts texts) {
            return "<section aria-labelledby=\"%s\">\n<h2 id=\"%s\">%s</h2>\n%s\n</section>".formatted(id, id,
                texts.text(headingKey), blocks.stream().map(block -> block.html(texts)).collect(Collectors.joining("\n")));
        }
    }

    interface Block {
        String html(Texts texts);
    }

    static Block paragraph(String key) {
        return texts -> "<p>" + texts.text(key) + "</p>";
    }

    static Block items(String... keys) {
        return texts -> List.of(keys).stream().map(key -> "  <li>" + texts.text(key) + "</li>")
            .collect(Collectors.joining("\n", "<ul>\n", "\n</ul>"));
    }

    /** A paragraph ending in a link to another site, whose address is the same in every language. */
    static Block link(String key, String linkKey, String address) {
        return texts -> "<p>%s <a href=\"%s\">%s</a></p>".formatted(texts.text(key), Html.escape(address),
            texts.text(linkKey));
    }

    /** A paragraph ending in a date, written as the language writes dates. */
    static Block dated(String key, LocalDate date) {
        return texts -> "<p>%s <time datetime=\"%s\">%s</time>.</p>".formatted(texts.text(key), date, texts.date(date));
    }
}
