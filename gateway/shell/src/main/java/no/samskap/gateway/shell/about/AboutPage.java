package no.samskap.gateway.shell.about;

import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.PageDetails;
import no.samskap.gateway.shell.web.ShellTemplates;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.time.LocalDate;
import java.util.List;

/**
 * A page of fixed text in every language ({@code about.jte}): a heading, then sections of paragraphs, lists and
 * outside links, each written in the bundles under its own key so the three languages keep the same structure.
 */
public record AboutPage(String path, String titleKey, String headingKey, String descriptionKey, List<Section> sections) {

    String render(Texts texts) {
        var main = ShellTemplates.render("about.jte", new View(new TemplateTexts(texts), this));
        return Page.render(texts, texts.text(titleKey), main, path,
            PageDetails.NONE.describedAs(texts.text(descriptionKey)).withBreadcrumbs(
                PageDetails.Breadcrumb.to("/", "Samskap"), PageDetails.Breadcrumb.here(texts.text(headingKey))));
    }

    /** What {@code about.jte} shows. */
    public record View(TemplateTexts t, AboutPage page) {
    }

    public record Section(String id, String headingKey, List<Block> blocks) {

        static Section of(String id, String headingKey, Block... blocks) {
            return new Section(id, headingKey, List.of(blocks));
        }
    }

    /** One part of a section, each written by {@code about.jte} in its own way. */
    public sealed interface Block permits Paragraph, Items, Link, Dated {
    }

    public record Paragraph(String key) implements Block {
    }

    public record Items(List<String> keys) implements Block {
    }

    /** A paragraph ending in a link to another site, whose address is the same in every language. */
    public record Link(String key, String linkKey, String address) implements Block {
    }

    /** A paragraph ending in a date, written as the language writes dates. */
    public record Dated(String key, LocalDate date) implements Block {
    }

    static Block paragraph(String key) {
        return new Paragraph(key);
    }

    static Block items(String... keys) {
        return new Items(List.of(keys));
    }

    static Block link(String key, String linkKey, String address) {
        return new Link(key, linkKey, address);
    }

    static Block dated(String key, LocalDate date) {
        return new Dated(key, date);
    }
}
