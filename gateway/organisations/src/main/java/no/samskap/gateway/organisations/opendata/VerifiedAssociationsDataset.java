package no.samskap.gateway.organisations.opendata;

import jakarta.inject.Singleton;
import no.samskap.gateway.organisations.directory.AssociationDirectory;
import no.samskap.gateway.shell.opendata.OpenDataset;

import java.util.List;

/** The associations a municipality verified, as open data: the organisation number, name and type; no persons. */
@Singleton
class VerifiedAssociationsDataset implements OpenDataset {

    private static final List<String> COLUMNS = List.of("organisationNumber", "name", "type");

    private final AssociationDirectory directory;

    VerifiedAssociationsDataset(AssociationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "associations";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<List<Object>> rows(String municipality) {
        return directory.verified(municipality).stream()
            .map(association -> List.<Object>of(association.organisationNumber(), association.name(), association.type()))
            .toList();
    }
}
