package no.samskap.gateway.organisations.staff;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.AssociationFacts;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Texts;

import static no.samskap.gateway.shell.web.Html.escape;

/**
 * "Verifiserte foreninger registeret melder om": verified associations that Enhetsregisteret's update feed says are
 * deleted, bankrupt or being wound up, so the staff who vouched for them hear of it without anyone telling them.
 * It is news, not a task with a form, so it does not count towards the inbox's total.
 */
@Singleton
final class AssociationsInTroubleSection implements InboxSection {

    static final String KEY = "associations-in-trouble";

    private final AssociationDirectory directory;

    AssociationsInTroubleSection(AssociationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("org.inbox.trouble.heading");
    }

    @Override
    public boolean waiting() {
        return false;
    }

    @Override
    public Items read(StaffMember member) {
        var gone = directory.verifiedButGone(member.municipality());
        return new Items() {
            @Override
            public int count() {
                return gone.size();
            }

            @Override
            public String html(InboxView view) {
                var html = new StringBuilder("<ul class=\"ds-list associations-in-trouble\">\n");
                gone.forEach(association -> html.append(item(view.texts(), association).indent(2)));
                return html.append("</ul>\n").toString();
            }
        };
    }

    private static String item(Texts texts, DirectoryEntry association) {
        return """
            <li>
              <article class="ds-card" data-association-id="%s">
                <h3 class="ds-heading" data-size="xs"><a class="ds-link" href="/foreninger/%s">%s</a></h3>
                <p>%s</p>
            %s
              </article>
            </li>""".formatted(association.id(), association.id(), escape(association.name()),
            texts.text("org.inbox.trouble.says", texts.word("org.register-status", association.registerStatus())),
            AssociationFacts.registerFacts(texts, association, 4).indent(4).stripTrailing());
    }
}
