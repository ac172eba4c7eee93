package no.samskap.contract.organisations;

import java.util.List;

/**
 * The kinds of association a resident can register, as codes on the wire; each reader names them in its own
 * languages. A new kind is added at the end; a code is never renamed or removed.
 */
public final class AssociationTypes {

    public static final List<String> CODES = List.of("idrettslag", "kor", "korps", "musikk", "teater", "dans",
        "kunst-og-handverk", "historielag", "ungdomsorganisasjon", "friluftsliv", "velforening", "livssyn",
        "flerkulturell", "humanitaer", "annet");

    private AssociationTypes() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
