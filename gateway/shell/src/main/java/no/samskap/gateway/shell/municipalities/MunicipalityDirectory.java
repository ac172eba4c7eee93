package no.samskap.gateway.shell.municipalities;

import jakarta.inject.Singleton;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.gateway.shell.web.Language;
import no.samskap.gateway.shell.web.MunicipalityNames;
import no.samskap.platform.municipalities.KnownMunicipalities;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The municipalities as the gateway's copy of {@code municipality-described} knows them (ADR 0022): each by its name,
 * and its strategic values by their names in a page's language. A municipality not heard of yet is its number.
 */
@Singleton
public final class MunicipalityDirectory implements MunicipalityNames {

    private final KnownMunicipalities known;

    MunicipalityDirectory(KnownMunicipalities known) {
        this.known = known;
    }

    /** A municipality as pages name it. */
    public record Municipality(String number, String name) {
    }

    /** Every municipality the copy knows, by name; one its owner has not named yet is its number. */
    public List<Municipality> all() {
        return known.all().stream()
            .map(described -> new Municipality(described.municipality(),
                described.name() == null || described.name().isBlank() ? described.municipality() : described.name()))
            .sorted(Comparator.comparing(Municipality::name, Collator.getInstance(new Locale("nb"))))
            .toList();
    }

    /** "Rana" for 1833; the text itself when it is no kommunenummer or the municipality has no name yet. */
    public String nameOf(String municipality) {
        return MunicipalityNumber.parse(municipality).map(known::nameOf).orElse(municipality);
    }

    @Override
    public Optional<String> knownNameOf(String kommunenummer) {
        var name = nameOf(kommunenummer);
        return name.equals(kommunenummer) ? Optional.empty() : Optional.of(name);
    }

    /** The municipality's strategic values by code, named in {@code language}; empty when it was never described. */
    public Optional<Map<String, String>> strategicValueNames(String municipality, Language language) {
        return described(municipality).map(described -> described.strategicValues().stream().collect(
            Collectors.toMap(NamedChoice::code, value -> value.names().in(language.locale()), (first, second) -> first)));
    }

    private Optional<MunicipalityDescribed> described(String municipality) {
        return MunicipalityNumber.parse(municipality).flatMap(known::find);
    }
}
