package no.samskap.gateway.organisations.directory;

import io.micronaut.core.annotation.Nullable;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.organisations.AssociationTypes;
import no.samskap.platform.problem.ProblemException;

/** A search of one municipality's directory, checked: a refusal names the query value at fault. */
public record DirectoryQuery(String municipality, String name, String type) {

    private static final int LONGEST_NAME = 200;

    public static DirectoryQuery of(@Nullable String municipality, @Nullable String name, @Nullable String type) {
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
        return new DirectoryQuery(municipality, words, kind);
    }
}
