package no.samskap.gateway.organisations.directory;

import io.micronaut.core.annotation.Nullable;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.organisations.AssociationTypes;
import no.samskap.platform.problem.ProblemException;

/**
 * A search of one municipality's directory, checked: a refusal names the query value at fault. {@code words} are
 * looked for in the association's name, its description and the descriptions of its accepted offers of help;
 * {@code offers} is a kind of help it has offered and the municipality accepted. Blank is no filter.
 */
public record DirectoryQuery(String municipality, String words, String type, String offers) {

    private static final int LONGEST_NAME = 200;

    /** Every association of the municipality. */
    public static DirectoryQuery all(String municipality) {
        return new DirectoryQuery(municipality, "", "", "");
    }

    /** The page's search: what cannot be searched for is left out rather than refused. */
    public static DirectoryQuery lenient(String municipality, @Nullable String words, @Nullable String type,
                                         @Nullable String offers) {
        var typed = words == null ? "" : words.strip();
        return new DirectoryQuery(municipality, typed.length() > LONGEST_NAME ? typed.substring(0, LONGEST_NAME) : typed,
            type != null && AssociationTypes.isKnown(type) ? type : "",
            offers != null && HelpKinds.isKnown(offers) ? offers : "");
    }

    public static DirectoryQuery of(@Nullable String municipality, @Nullable String name, @Nullable String type,
                                    @Nullable String offers) {
        if (municipality == null || !MunicipalityNumber.isValid(municipality)) {
            throw ProblemException.invalidField("municipality", "must be a 4-digit kommunenummer");
        }
        var words = name == null ? "" : name.strip();
        if (words.length() > LONGEST_NAME) {
            throw ProblemException.invalidField("name", "must be at most " + LONGEST_NAME + " characters");
        }
        var kind = type == null ? "" : type.strip();
        if (!kind.isEmpty() && !AssociationTypes.isKnown(kind)) {
            throw ProblemException.invalidField("type", "must be one of " + String.join(", ", AssociationTypes.CODES));
        }
        var offered = offers == null ? "" : offers.strip();
        if (!offered.isEmpty() && !HelpKinds.isKnown(offered)) {
            throw ProblemException.invalidField("offers", "must be one of " + String.join(", ", HelpKinds.CODES));
        }
        return new DirectoryQuery(municipality, words, kind, offered);
    }
}
