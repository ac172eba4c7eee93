package no.samskap.runtime.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The names in the {@code samskap} realm that services and the gateway configure themselves against. The realm
 * itself is the resource {@value #RESOURCE}, which {@code kc.sh --import-realm} also reads from {@code data/import/}.
 */
public final class SamskapRealm {

    public static final String NAME = "samskap";
    public static final String RESOURCE = "/keycloak/samskap-realm.json";

    public static final String GATEWAY_CLIENT_ID = "samskap-gateway";
    /** Only for local development; a municipality's Keycloak issues its own. */
    public static final String GATEWAY_CLIENT_SECRET = "samskap-gateway-dev-secret";
    /** A service account that may only manage users: the gateway deletes a person who erased their account. */
    public static final String ACCOUNT_ERASER_CLIENT_ID = "samskap-account-eraser";
    /** Only for local development; a municipality's Keycloak issues its own. */
    public static final String ACCOUNT_ERASER_CLIENT_SECRET = "samskap-account-eraser-dev-secret";
    /** A public client that allows the password grant, so tests can get tokens without a browser. */
    public static final String TEST_CLIENT_ID = "samskap-test-cli";

    /** Every access token carries this in {@code aud}; services refuse tokens without it. */
    public static final String AUDIENCE = "samskap-services";
    public static final String ROLES_CLAIM = "roles";
    public static final String MUNICIPALITY_CLAIM = "municipality";

    /**
     * The municipalities the realm has as organizations, by kommunenummer as their alias: the gateway asks for one
     * with the scope {@code organization:<kommunenummer>} and the sign-in page names it (ADR 0059).
     */
    public static final List<String> MUNICIPALITY_ORGANIZATIONS = List.of(DemoUsers.RANA, DemoUsers.ULLENSVANG);

    public static final String RESIDENT = "resident";
    public static final String STAFF = "staff";
    public static final String ADMIN = "admin";

    private static final String FILE_NAME = "samskap-realm.json";

    private SamskapRealm() {
    }

    public static InputStream open() {
        var stream = SamskapRealm.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        return stream;
    }

    /** Writes the realm file into an import directory, replacing an older copy in one step. */
    static Path copyInto(Path importDirectory) {
        var target = importDirectory.resolve(FILE_NAME);
        try (var realm = open()) {
            Files.createDirectories(importDirectory);
            var staged = Files.createTempFile(importDirectory, FILE_NAME, ".partial");
            Files.copy(realm, staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the realm to " + target, e);
        }
    }
}
