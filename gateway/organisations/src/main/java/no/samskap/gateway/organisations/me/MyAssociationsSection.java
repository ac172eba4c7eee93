package no.samskap.gateway.organisations.me;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.me.MyPageSection;
import no.samskap.gateway.shell.me.MyPageViewer;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

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
        return Optional.of(OrganisationTemplates.render("me/associations.jte", new MyAssociations(new TemplateTexts(texts),
            mine.stream().map(membership -> new MyAssociations.Association(membership.associationId().toString(),
                membership.name(), html(texts.word("org.role", membership.role())))).toList())));
    }
}
