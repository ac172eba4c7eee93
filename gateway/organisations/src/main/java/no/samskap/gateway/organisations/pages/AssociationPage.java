package no.samskap.gateway.organisations.pages;

import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.web.TemplateTexts;
import no.samskap.gateway.shell.web.Texts;

import java.util.List;
import java.util.Optional;

/**
 * An association's page ({@code pages/association.jte}): its badge, what it says of itself, the register's facts,
 * its parent and its contact; a web address is a link only when it is one ({@code http(s)://}).
 */
public record AssociationPage(TemplateTexts t, DirectoryEntry association, String municipalityName,
                              boolean registered, List<String> descriptionLines,
                              @Nullable AssociationReads.Contact contact, boolean websiteLinked,
                              boolean mayListMembers) {

    static String render(Texts texts, DirectoryEntry association, String municipalityName,
                         Optional<AssociationReads.Contact> contact, boolean mayListMembers, Optional<String> done) {
        var given = contact.filter(details -> present(details.contactEmail()) || present(details.contactPhone())
            || present(details.website()));
        var website = given.map(AssociationReads.Contact::website).orElse("");
        return OrganisationTemplates.render("pages/association.jte", new AssociationPage(new TemplateTexts(texts),
            association, municipalityName, done.filter("registrert"::equals).isPresent(),
            List.of(association.description().split("\n", -1)), given.orElse(null),
            website != null && (website.startsWith("https://") || website.startsWith("http://")), mayListMembers));
    }

    public static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
