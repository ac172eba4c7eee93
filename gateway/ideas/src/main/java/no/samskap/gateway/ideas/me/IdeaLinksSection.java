package no.samskap.gateway.ideas.me;

import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static no.samskap.gateway.shell.web.Html.escape;

/** Others' ideas the person supports or follows, each as a link while it is public, with its status. */
final class IdeaLinksSection implements MyPageSection {

    private final Placement placement;
    private final String itemClass;
    private final String textPrefix;
    private final Function<String, List<MyPageRows.IdeaLink>> linksOf;

    /** {@code textPrefix} names the heading ({@code .heading}) and what is said when there are none ({@code .none}). */
    IdeaLinksSection(String anchor, String itemClass, String textPrefix, int order,
                     Function<String, List<MyPageRows.IdeaLink>> linksOf) {
        this.placement = new Placement(anchor, textPrefix + ".heading", order);
        this.itemClass = itemClass;
        this.textPrefix = textPrefix;
        this.linksOf = linksOf;
    }

    @Override
    public Placement placement() {
        return placement;
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var ideas = linksOf.apply(viewer.subject());
        var texts = viewer.texts();
        if (ideas.isEmpty()) {
            return Optional.of("<p>" + texts.text(textPrefix + ".none") + "</p>\n");
        }
        var html = new StringBuilder("<ul class=\"my-list\">\n");
        ideas.forEach(idea -> html.append("  <li class=\"").append(itemClass).append("\" data-idea-id=\"")
            .append(escape(idea.id())).append("\">").append(IdeaTitles.of(idea.id(), idea.title(), idea.isPublic()))
            .append(" – <span class=\"status\">").append(texts.word("status", idea.status())).append("</span></li>\n"));
        return Optional.of(html.append("</ul>\n").toString());
    }
}
