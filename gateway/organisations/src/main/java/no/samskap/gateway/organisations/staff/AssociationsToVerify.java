package no.samskap.gateway.organisations.staff;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;
import no.samskap.gateway.organisations.commands.AssociationReads;
import no.samskap.gateway.organisations.directory.DirectoryEntry;
import no.samskap.gateway.shell.web.TemplateTexts;

import java.util.List;

/**
 * The staff inbox's "Foreninger å verifisere" ({@code staff/toVerify.jte}) and "Verifiserte foreninger registeret
 * melder om" ({@code staff/inTrouble.jte}), as their templates show them.
 */
public record AssociationsToVerify(TemplateTexts t, String csrf, List<Unverified> unverified) {

    /** {@code roles} null when the service could not tell them; {@code refusal} the reason verifying it was refused. */
    public record Unverified(DirectoryEntry association, @Nullable List<AssociationReads.RegisterRole> roles,
                             @Nullable Content refusal) {
    }

    public record InTrouble(TemplateTexts t, List<DirectoryEntry> gone) {
    }
}
