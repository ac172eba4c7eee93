package no.samskap.gateway.organisations.staff;

import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.TemplateTexts.html;

/**
 * "Foreninger å verifisere": the associations of the staff member's municipality not yet verified, oldest first,
 * each with what Enhetsregisteret said of it and its roles there, asked live, to verify it with.
 */
@Singleton
final class AssociationsToVerifySection implements InboxSection {

    static final String KEY = "associations-to-verify";

    private final AssociationDirectory directory;
    private final AssociationReads reads;

    AssociationsToVerifySection(AssociationDirectory directory, AssociationReads reads) {
        this.directory = directory;
        this.reads = reads;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String heading(Texts texts) {
        return texts.text("org.inbox.heading");
    }

    @Override
    public Items read(StaffMember member) {
        var unverified = directory.unverified(member.municipality());
        return new Items() {
            @Override
            public int count() {
                return unverified.size();
            }

            @Override
            public String html(InboxView view) {
                return OrganisationTemplates.render("staff/toVerify.jte", new AssociationsToVerify(
                    new TemplateTexts(view.texts()), view.csrfToken(), unverified.stream()
                    .map(association -> item(view, association)).toList()));
            }
        };
    }

    private AssociationsToVerify.Unverified item(InboxView view, DirectoryEntry association) {
        var refusal = view.refusal(VerificationRefusal.class)
            .filter(refused -> refused.association().equals(association.id()))
            .map(refused -> html(refused.message(view.texts())));
        return new AssociationsToVerify.Unverified(association, roles(association).orElse(null),
            refusal.orElse(null));
    }

    /** Asked live: the register's roles are personal data the gateway keeps nowhere. */
    private Optional<List<AssociationReads.RegisterRole>> roles(DirectoryEntry association) {
        return ServerRequestContext.currentRequest()
            .map(request -> reads.registerRoles(request, association.id()))
            .flatMap(AssociationReads.Answered::value);
    }
}
