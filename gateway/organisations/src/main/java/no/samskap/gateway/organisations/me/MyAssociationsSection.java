package no.samskap.gateway.organisations.me;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;

import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

/** "Mine foreninger": the associations the person belongs to, with their role, from the read model. */
@Singleton
final class MyAssociationsSection implements MyPageSection {

    static final String ANCHOR = "my-associations";

    private final Memberships memberships;

    MyAssociationsSection(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public Placement placement() {
        return new Placement(ANCHOR, "org.me.associations", 60);
    }

    @Override
    public Optional<String> content(MyPageViewer viewer) {
        var mine = memberships.of(viewer.subject());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        var texts = viewer.texts();
        var html = new StringBuilder("<ul class=\"ds-list my-associations\">\n");
        for (var membership : mine) {
            html.append("  <li data-association-id=\"").append(membership.associationId()).append("\">")
                .append("<a class=\"ds-link\" href=\"/foreninger/").append(membership.associationId()).append("\">")
                .append(escape(membership.name())).append("</a> – ").append(texts.word("org.role", membership.role()))
                .append(" · <a class=\"ds-link\" href=\"/foreninger/").append(membership.associationId())
                .append("/medlemmer\">").append(texts.text("org.me.members")).append("</a></li>\n");
        }
        return Optional.of(html.append("</ul>\n").toString());
    }
}
