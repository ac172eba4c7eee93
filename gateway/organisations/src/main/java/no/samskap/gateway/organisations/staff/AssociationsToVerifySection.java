package no.samskap.gateway.organisations.staff;

import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.pages.AssociationFacts;
import no.samskap.gateway.organisations.pages.FormParts;
import no.samskap.gateway.shell.staff.InboxSection;
import no.samskap.gateway.shell.staff.InboxView;
import no.samskap.gateway.shell.staff.StaffMember;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

import static no.samskap.gateway.shell.web.Html.escape;

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
                var html = new StringBuilder("<ul class=\"ds-list associations-to-verify\">\n");
                unverified.forEach(association -> html.append(item(view, association).indent(2)));
                return html.append("</ul>\n").toString();
            }
        };
    }

    private String item(InboxView view, DirectoryEntry association) {
        var texts = view.texts();
        var refused = view.refusal(VerificationRefusal.class)
            .filter(refusal -> refusal.association().equals(association.id()));
        var button = "verify-" + association.id();
        var error = refused.map(refusal -> "\n    <p class=\"ds-validation-message\" data-field=\"validation\" id=\""
            + button + "-error\">" + refusal.message(texts) + "</p>").orElse("");
        return """
            <li>
              <article class="ds-card" data-association-id="%s">
                <h3 class="ds-heading" data-size="xs"><a class="ds-link" href="/foreninger/%s">%s</a></h3>
                <p>%s · %s · %s</p>
            %s
            %s
                <form method="post" action="/stab/innboks/foreninger/%s/verifisering">
                  %s
                  <button class="ds-button" data-variant="primary" type="submit" id="%s"%s>%s</button>%s
                </form>
              </article>
            </li>""".formatted(association.id(), association.id(), escape(association.name()),
            escape(association.organisationNumber()), texts.word("org.type", association.type()),
            texts.text("org.inbox.registeredAt", texts.date(association.registeredAt())),
            AssociationFacts.registerFacts(texts, association, 4).indent(4).stripTrailing(),
            roles(texts, association).indent(4).stripTrailing(), association.id(), FormParts.csrf(view.csrfToken()),
            button, refused.isPresent() ? " aria-describedby=\"" + button + "-error\"" : "",
            texts.text("org.inbox.verify", association.name()), error);
    }

    /** Asked live: the register's roles are personal data the gateway keeps nowhere. */
    private String roles(Texts texts, DirectoryEntry association) {
        var html = new StringBuilder("<h4 class=\"ds-heading\" data-size=\"2xs\">" + texts.text("org.inbox.roles")
            + "</h4>\n");
        var answered = ServerRequestContext.currentRequest()
            .map(request -> reads.registerRoles(request, association.id()))
            .flatMap(AssociationReads.Answered::value);
        if (answered.isEmpty()) {
            return html.append("<p>").append(texts.text("org.inbox.rolesUnavailable")).append("</p>").toString();
        }
        List<AssociationReads.RegisterRole> roles = answered.get();
        if (roles.isEmpty()) {
            return html.append("<p>").append(texts.text("org.inbox.noRoles")).append("</p>").toString();
        }
        html.append("<ul class=\"ds-list register-roles\">\n");
        for (var role : roles) {
            html.append("  <li>").append(escape(Optional.ofNullable(role.roleDescription()).orElse(
                Optional.ofNullable(role.roleCode()).orElse("")))).append(": ")
                .append(escape(Optional.ofNullable(role.personName()).orElse("")))
                .append(role.resigned() ? " (" + texts.text("org.inbox.resigned") + ")" : "").append("</li>\n");
        }
        return html.append("</ul>").toString();
    }
}
