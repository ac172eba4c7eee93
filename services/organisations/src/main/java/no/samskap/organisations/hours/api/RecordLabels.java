package no.samskap.organisations.hours.api;

import no.samskap.organisations.associations.domain.Refusal;

import java.util.Map;

/** The words of the printed volunteer record in bokmål (the default), nynorsk and English. */
record RecordLabels(String title, String intro, String name, String organisationNumber, String approvedByAssociation,
                    String approvedByMunicipality, String municipality, String role, String from, String to,
                    String hours, String hoursPerWeek, String skills, String total, String code, String noWork) {

    private static final Map<String, RecordLabels> BY_LANGUAGE = Map.of(
        "nb", new RecordLabels("Frivillighetsbevis",
            "Godkjente timer frivillig arbeid, registrert i Samskap og godkjent av organisasjonen.", "Navn",
            "Org.nr.", "Godkjent av foreningen", "Godkjent av kommunen", "Kommune", "Rolle", "Fra", "Til", "Timer",
            "Timer per uke", "Ferdigheter", "Timer i alt", "Kontrollkode", "Ingen godkjente timer ennå."),
        "nn", new RecordLabels("Frivilligheitsbevis",
            "Godkjende timar frivillig arbeid, registrert i Samskap og godkjende av organisasjonen.", "Namn",
            "Org.nr.", "Godkjent av foreininga", "Godkjent av kommunen", "Kommune", "Rolle", "Frå", "Til", "Timar",
            "Timar per veke", "Ferdigheiter", "Timar i alt", "Kontrollkode", "Ingen godkjende timar enno."),
        "en", new RecordLabels("Volunteer record",
            "Approved hours of voluntary work, registered in Samskap and approved by the organisation.", "Name",
            "Organisation number", "Approved by the association", "Approved by the municipality", "Municipality",
            "Role", "From", "To", "Hours", "Hours per week", "Skills", "Total hours", "Verification code",
            "No approved hours yet."));

    static RecordLabels in(String language) {
        var labels = BY_LANGUAGE.get(language == null ? "nb" : language);
        if (labels == null) {
            throw Refusal.invalid("lang", "must be nb, nn or en");
        }
        return labels;
    }
}
