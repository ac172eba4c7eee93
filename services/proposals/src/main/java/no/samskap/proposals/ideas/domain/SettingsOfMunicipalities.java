package no.samskap.proposals.ideas.domain;

/** Each municipality's settings for ideas; a municipality that set nothing gets the defaults. */
public interface SettingsOfMunicipalities {

    MunicipalitySettings of(Municipality municipality);

    void save(MunicipalitySettings settings);
}
