package no.samskap.organisations.volunteers.domain;

import no.samskap.organisations.associations.domain.Refusal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Lists of codes as a client sends them: each one known, each kept once, in the order given. */
final class Codes {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private Codes() {
    }

    static List<String> known(String field, List<String> codes, List<String> known) {
        var kept = new LinkedHashSet<String>();
        for (var code : codes == null ? List.<String>of() : codes) {
            if (code == null || !known.contains(code)) {
                throw Refusal.invalid(field, "'" + code + "' is not one of " + String.join(", ", known));
            }
            kept.add(code);
        }
        return List.copyOf(kept);
    }

    static List<String> languages(String field, List<String> codes, int most) {
        var kept = new LinkedHashSet<String>();
        for (var code : codes == null ? List.<String>of() : codes) {
            if (code == null || !ISO_639_1.contains(code)) {
                throw Refusal.invalid(field,
                    "'" + code + "' is not an ISO 639-1 language code such as nb, nn, se or en");
            }
            kept.add(code);
        }
        if (kept.size() > most) {
            throw Refusal.invalid(field, "must name at most " + most + " languages");
        }
        return List.copyOf(kept);
    }
}
