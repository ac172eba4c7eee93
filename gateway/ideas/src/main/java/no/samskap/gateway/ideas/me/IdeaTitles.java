package no.samskap.gateway.ideas.me;

import static no.samskap.gateway.shell.web.Html.escape;

/** An idea's title on "Min side": a link while the idea is public, plain text otherwise. */
final class IdeaTitles {

    private IdeaTitles() {
    }

    static String of(String id, String title, boolean isPublic) {
        return isPublic
            ? "<a href=\"/ideer/" + escape(id) + "\">" + escape(title) + "</a>"
            : "<span class=\"idea-title\">" + escape(title) + "</span>";
    }
}
