package no.samskap.runtime.keycloak;

import java.util.List;
import java.util.Locale;

/**
 * The people in the realm file, so the launcher can print who to log in as. Every password is {@code demo-}
 * followed by the username; they exist only in the local development realm.
 */
public final class DemoUsers {

    public static final String RANA = "1833";
    public static final String ULLENSVANG = "4618";

    public record DemoUser(String username, String password, String municipality, List<String> roles,
                           String displayName, String email) {
    }

    private static final List<DemoUser> ALL = List.of(
        user("rana-resident", RANA, "Ingrid Johansen", SamskapRealm.RESIDENT),
        user("rana-resident-2", RANA, "Ola Kristiansen", SamskapRealm.RESIDENT),
        user("rana-association-admin", RANA, "Siri Hansen", SamskapRealm.RESIDENT),
        user("rana-staff", RANA, "Per Eriksen", SamskapRealm.STAFF),
        user("rana-admin", RANA, "Marit Berg", SamskapRealm.ADMIN),
        user("ullensvang-resident", ULLENSVANG, "Sigrid Aga", SamskapRealm.RESIDENT),
        user("ullensvang-association-admin", ULLENSVANG, "Torbjørn Lofthus", SamskapRealm.RESIDENT),
        user("ullensvang-staff", ULLENSVANG, "Ragnhild Utne", SamskapRealm.STAFF),
        user("ullensvang-admin", ULLENSVANG, "Nils Kinsarvik", SamskapRealm.ADMIN));

    private DemoUsers() {
    }

    public static List<DemoUser> all() {
        return ALL;
    }

    public static DemoUser named(String username) {
        return ALL.stream()
            .filter(user -> user.username().equals(username))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No demo user named " + username));
    }

    private static DemoUser user(String username, String municipality, String displayName, String... roles) {
        return new DemoUser(username, "demo-" + username, municipality, List.of(roles), displayName,
            emailOf(displayName));
    }

    private static String emailOf(String displayName) {
        var local = displayName.toLowerCase(Locale.ROOT)
            .replace("ø", "o").replace("å", "a").replace("æ", "ae")
            .replace(' ', '.');
        return local + "@demo.samskap.no";
    }
}
