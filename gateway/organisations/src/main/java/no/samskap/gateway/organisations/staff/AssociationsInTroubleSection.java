package no.samskap.gateway.organisations.staff;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

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
                return OrganisationTemplates.render("staff/inTrouble.jte",
                    new AssociationsToVerify.InTrouble(new TemplateTexts(view.texts()), gone));
            }
        };
    }
}
