package no.samskap.feedback.moderation.domain;

/** Each municipality's feedback settings; a municipality that set nothing gets the defaults. */
public interface SettingsOfMunicipalities {

    ModerationSettings of(String municipality);

    void save(ModerationSettings settings);
}
