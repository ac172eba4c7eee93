package no.samskap.organisations.attests.domain;

import java.util.List;
import java.util.Locale;

/**
 * The names a client might give the certificate or what it says. Such a field is refused by name; the service keeps
 * no place where it could go.
 */
public final class CertificateContent {

    public static final List<String> FIELD_NAMES = List.of("certificate", "content", "attachment", "file",
        "convictions", "remarks", "merknader", "vandel", "attest", "politiattest", "document", "scan");

    private CertificateContent() {
    }

    public static boolean couldBe(String fieldName) {
        var name = fieldName.toLowerCase(Locale.ROOT);
        return FIELD_NAMES.stream().anyMatch(name::contains);
    }
}
