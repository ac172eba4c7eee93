package no.samskap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/**
 * The realm a cluster imports is the start command's realm with what must not reach a real installation taken out:
 * the demo users and the password-grant test client, the two client secrets (placeholders read from a Secret), and
 * the gateway client's redirects (the public site instead of 127.0.0.1). Anything else must be equal.
 */
final class RealmImport {

    static final String SITE = "https://samskap.example.no";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealmImport() {
    }

    static JsonNode expected() {
        try {
            var realm = (ObjectNode) JSON.readTree(Repository.REALM.toFile());
            removeWhere((ArrayNode) realm.get("users"), user -> !user.get("username").asText().startsWith("service-account-"));
            removeWhere((ArrayNode) realm.get("clients"), client -> client.get("clientId").asText().equals("samskap-test-cli"));
            realm.get("clients").forEach(client -> {
                var clientId = client.get("clientId").asText();
                if (clientId.equals("samskap-gateway")) {
                    ((ObjectNode) client).put("secret", "${GATEWAY_CLIENT_SECRET}");
                    ((ObjectNode) client).putArray("redirectUris").add(SITE + "/*");
                } else if (clientId.equals("samskap-account-eraser")) {
                    ((ObjectNode) client).put("secret", "${ACCOUNT_ERASER_CLIENT_SECRET}");
                }
            });
            return realm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeWhere(ArrayNode array, Predicate<JsonNode> unwanted) {
        for (var index = array.size() - 1; index >= 0; index--) {
            if (unwanted.test(array.get(index))) {
                array.remove(index);
            }
        }
    }
}
