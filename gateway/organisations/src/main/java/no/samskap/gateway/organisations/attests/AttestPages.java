package no.samskap.gateway.organisations.attests;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.commands.AssociationWrites;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.organisations.members.Memberships;
import no.samskap.gateway.organisations.pages.OrganisationTemplates;
import no.samskap.gateway.organisations.volunteering.ServiceRefusal;
import no.samskap.gateway.shell.web.LanguageChoice;
import no.samskap.gateway.shell.web.NotFoundPage;
import no.samskap.gateway.shell.web.Page;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;


/**
 * What the politiattest pages of an association share: the association from the directory, the gateway's own gate
 * (its pages are for the association's members, appointing officers for its admins, as the read model knows them;
 * the service then narrows the officers' pages to the two officers), the members by name, and the refusal page.
 */
@Singleton
final class AttestPages {


    private final AssociationDirectory directory;
    private final Memberships memberships;
    private final AssociationReads associations;

    AttestPages(AssociationDirectory directory, Memberships memberships, AssociationReads associations) {
        this.directory = directory;
        this.memberships = memberships;
        this.associations = associations;
    }

    /** {@code then} for the association if the viewer is its member (admin when {@code adminOnly}); else 404/403. */
    HttpResponse<String> forMember(HttpRequest<?> request, String id, boolean adminOnly,
                                   Function<DirectoryEntry, HttpResponse<String>> then) {
        var association = association(id);
        if (association.isEmpty()) {
            return NotFoundPage.response(texts(request), request.getPath());
        }
        var role = AssociationWrites.subjectOf(request)
            .flatMap(person -> memberships.roleOf(association.get().id(), person));
        if (role.isEmpty() || adminOnly && !Memberships.ADMIN.equals(role.get())) {
            var texts = texts(request);
            return refused(request, association.get(), texts.text(adminOnly ? "vol.attest.adminsOnly"
                : "vol.attest.membersOnly"), HttpStatus.FORBIDDEN);
        }
        return then.apply(association.get());
    }

    List<AssociationReads.Member> members(HttpRequest<?> request, UUID association) {
        return associations.members(request, association).value().orElse(List.of());
    }

    /** The person's name as the member list gives it, else their id; not escaped. */
    static String nameOf(List<AssociationReads.Member> members, String person) {
        return members.stream().filter(member -> member.personId().equals(person)).findFirst()
            .map(AssociationReads.Member::displayName).filter(name -> name != null && !name.isBlank()).orElse(person);
    }

    /** A page of the association's politiattest that says only why it is not shown, with the way back. */
    static HttpResponse<String> refused(HttpRequest<?> request, DirectoryEntry association, String why,
                                        HttpStatus status) {
        var texts = texts(request);
        var main = OrganisationTemplates.render("attests/refused.jte", new AttestRefusedPage(new TemplateTexts(texts),
            association.id().toString(), association.name(), TemplateTexts.html(why)));
        return HttpResponse.<String>status(status)
            .body(Page.render(texts, texts.text("vol.attest.title", association.name()), main, request.getPath()))
            .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }

    /** The service would not show an officers' list: only officers see it, or it did not answer. */
    static HttpResponse<String> refusedByService(HttpRequest<?> request, DirectoryEntry association,
                                                 ServiceRefusal refusal) {
        var texts = texts(request);
        return refused(request, association, refusal.status() == 403 ? texts.text("vol.attest.officersOnly")
            : refusal.general(texts, List.of()).orElse(""), HttpStatus.valueOf(refusal.status()));
    }

    static Texts texts(HttpRequest<?> request) {
        return new Texts(LanguageChoice.of(request));
    }

    private Optional<DirectoryEntry> association(String id) {
        try {
            return directory.find(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
