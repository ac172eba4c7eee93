package no.samskap.organisations.associations.application;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.domain.Association;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Associations;
import no.samskap.organisations.associations.domain.RegisterFacts;

/**
 * Records what Enhetsregisteret said of an association. A changed answer is published as {@code association-checked},
 * so staff see a deleted, bankrupt or dissolving association in their inbox without anyone typing anything twice.
 */
@Singleton
public class AssociationChecks {

    private final Associations associations;
    private final AssociationMessages messages;

    AssociationChecks(Associations associations, AssociationMessages messages) {
        this.associations = associations;
        this.messages = messages;
    }

    @Transactional
    public void record(AssociationId id, RegisterFacts facts) {
        associations.find(id).ifPresent(association -> record(association, facts));
    }

    /** The register's answer for a number, recorded for every association registered under it. */
    @Transactional
    public void recordFor(OrganisationNumber number, RegisterFacts facts) {
        associations.withNumber(number).forEach(association -> record(association, facts));
    }

    private void record(Association association, RegisterFacts facts) {
        association.checked(facts).ifPresent(checked -> {
            associations.update(checked.association());
            messages.publish(checked);
        });
    }
}
