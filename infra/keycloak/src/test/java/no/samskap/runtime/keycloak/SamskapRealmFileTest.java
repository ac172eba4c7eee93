package no.samskap.runtime.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamskapRealmFileTest {

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (var file = SamskapRealm.open()) {
            realm = new ObjectMapper().readTree(file);
        }
    }

    @Test
    void isTheSamskapRealmWithFiveMinuteAccessTokens() {
        assertEquals(SamskapRealm.NAME, realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        assertEquals(300, realm.path("accessTokenLifespan").asInt());
    }

    @Test
    void definesTheResidentStaffAndAdminRoles() {
        assertEquals(List.of(SamskapRealm.RESIDENT, SamskapRealm.STAFF, SamskapRealm.ADMIN),
            texts(realm.path("roles").path("realm"), "name"));
    }

    @Test
    void holdsEveryDemoUserWithItsPasswordMunicipalityAndRoles() {
        for (var demo : DemoUsers.all()) {
            var user = user(demo.username()).orElseThrow(() -> new AssertionError(demo.username() + " is missing"));
            var password = user.path("credentials").get(0);
            assertEquals("password", password.path("type").asText(), demo.username());
            assertEquals(demo.password(), password.path("value").asText(), demo.username());
            assertFalse(password.path("temporary").asBoolean(), demo.username());
            assertEquals(demo.municipality(), user.path("attributes").path("municipality").get(0).asText(),
                demo.username());
            assertEquals(demo.roles(), strings(user.path("realmRoles")), demo.username());
            assertEquals(demo.displayName(), user.path("firstName").asText() + " " + user.path("lastName").asText());
            assertEquals(demo.email(), user.path("email").asText());
        }
    }

    @Test
    void givesEveryDemoUserAFixedIdSoTheyAreTheSamePersonAfterEveryStart() {
        // Keycloak runs on an in-memory database and imports the realm at each start; the services key people by id.
        var ids = texts(people(), "id");

        assertEquals(DemoUsers.all().size(), ids.stream().distinct().count(), ids.toString());
        ids.forEach(id -> assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
            id));
    }

    @Test
    void holdsNoUserThatDemoUsersDoesNotList() {
        assertEquals(DemoUsers.all().stream().map(DemoUsers.DemoUser::username).toList(),
            texts(people(), "username"));
    }

    @Test
    void letsTheAccountEraserManageUsersAndNothingElseWithoutEverSigningAnyoneIn() {
        var eraser = client("samskap-account-eraser");
        assertTrue(eraser.path("serviceAccountsEnabled").asBoolean());
        assertFalse(eraser.path("standardFlowEnabled").asBoolean());
        assertFalse(eraser.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(eraser.path("implicitFlowEnabled").asBoolean());
        var account = user("service-account-samskap-account-eraser").orElseThrow();
        assertEquals("samskap-account-eraser", account.path("serviceAccountClientId").asText());
        assertEquals(0, account.path("realmRoles").size());
        assertEquals(List.of("manage-users"), strings(account.path("clientRoles").path("realm-management")));
    }

    @Test
    void letsEveryDemoUserLogInWithoutFurtherSteps() {
        for (var user : people()) {
            var name = user.path("username").asText();
            assertTrue(user.path("enabled").asBoolean(), name);
            assertTrue(user.path("emailVerified").asBoolean(), name);
            assertTrue(user.path("email").asText().endsWith("@demo.samskap.no"), name);
            assertEquals(0, user.path("requiredActions").size(), name);
        }
    }

    @Test
    void givesBothMunicipalitiesAResidentAnAssociationAdminStaffAndAnAdmin() {
        for (var municipality : List.of(DemoUsers.RANA, DemoUsers.ULLENSVANG)) {
            var prefix = municipality.equals(DemoUsers.RANA) ? "rana-" : "ullensvang-";
            for (var kind : List.of("resident", "association-admin", "staff", "admin")) {
                assertEquals(municipality, DemoUsers.named(prefix + kind).municipality());
            }
        }
        assertEquals(DemoUsers.RANA, DemoUsers.named("rana-resident-2").municipality());
    }

    @Test
    void putsRolesMunicipalityAndAudienceIntoTheTokensOfEveryClient() {
        for (var client : realm.path("clients")) {
            if (!signsPeopleIn(client)) {
                continue;
            }
            var clientId = client.path("clientId").asText();
            var roles = mapper(client, "oidc-usermodel-realm-role-mapper");
            assertEquals(SamskapRealm.ROLES_CLAIM, roles.path("claim.name").asText(), clientId);
            assertEquals("true", roles.path("multivalued").asText(), clientId);
            assertInAccessTokenIdTokenAndUserinfo(roles, clientId);

            var municipality = mapper(client, "oidc-usermodel-attribute-mapper");
            assertEquals("municipality", municipality.path("user.attribute").asText(), clientId);
            assertEquals(SamskapRealm.MUNICIPALITY_CLAIM, municipality.path("claim.name").asText(), clientId);
            assertInAccessTokenIdTokenAndUserinfo(municipality, clientId);

            var audience = mapper(client, "oidc-audience-mapper");
            assertEquals(SamskapRealm.AUDIENCE, audience.path("included.custom.audience").asText(), clientId);
            assertEquals("true", audience.path("access.token.claim").asText(), clientId);
        }
    }

    @Test
    void letsTheGatewayLogInBrowsersOnlyWithPkceAndLocalRedirects() {
        var gateway = client(SamskapRealm.GATEWAY_CLIENT_ID);
        assertFalse(gateway.path("publicClient").asBoolean());
        assertEquals(SamskapRealm.GATEWAY_CLIENT_SECRET, gateway.path("secret").asText());
        assertTrue(gateway.path("standardFlowEnabled").asBoolean());
        assertFalse(gateway.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(gateway.path("implicitFlowEnabled").asBoolean());
        assertEquals("S256", gateway.path("attributes").path("pkce.code.challenge.method").asText());
        var localOnly = List.of("http://127.0.0.1:8080/*", "http://localhost:8080/*");
        assertEquals(localOnly, strings(gateway.path("redirectUris")));
        assertEquals(String.join("##", localOnly), gateway.path("attributes").path("post.logout.redirect.uris").asText());
    }

    @Test
    void showsTheSamskapSignInPagesInBokmalNynorskAndEnglishWithBokmalFirst() {
        assertEquals(SamskapTheme.NAME, realm.path("loginTheme").asText());
        assertTrue(realm.path("internationalizationEnabled").asBoolean());
        assertEquals(List.of("nb", "nn", "en"), strings(realm.path("supportedLocales")));
        assertEquals("nb", realm.path("defaultLocale").asText());
    }

    @Test
    void hasEachDemoMunicipalityAsAnOrganizationNamedAsTheMunicipalityIsKnownByItsKommunenummer() {
        assertTrue(realm.path("organizationsEnabled").asBoolean());
        var organizations = StreamSupport.stream(realm.path("organizations").spliterator(), false).toList();
        assertEquals(SamskapRealm.MUNICIPALITY_ORGANIZATIONS,
            organizations.stream().map(organization -> organization.path("alias").asText()).toList());
        assertEquals(List.of("Rana kommune", "Ullensvang kommune"),
            organizations.stream().map(organization -> organization.path("name").asText()).toList());
        var municipalitiesOfDemoUsers = DemoUsers.all().stream().map(DemoUsers.DemoUser::municipality)
            .collect(Collectors.toSet());
        assertEquals(municipalitiesOfDemoUsers, Set.copyOf(SamskapRealm.MUNICIPALITY_ORGANIZATIONS));
    }

    /** Keycloak's own browser flow turns identity-first (the username, then the password) once organizations are on. */
    @Test
    void asksForTheUsernameAndPasswordOnOnePageThenAOneTimeCodeOnlyOfThoseWhoSetOneUp() {
        assertEquals("samskap browser", realm.path("browserFlow").asText());
        var steps = StreamSupport.stream(realm.path("authenticationFlows").spliterator(), false)
            .flatMap(flow -> StreamSupport.stream(flow.path("authenticationExecutions").spliterator(), false)
                .map(step -> flow.path("alias").asText() + ": "
                    + step.path("authenticator").asText(step.path("flowAlias").asText())
                    + " " + step.path("requirement").asText()))
            .toList();
        assertEquals(List.of(
            "samskap browser: auth-cookie ALTERNATIVE",
            "samskap browser: identity-provider-redirector ALTERNATIVE",
            "samskap browser: samskap browser forms ALTERNATIVE",
            "samskap browser forms: auth-username-password-form REQUIRED",
            "samskap browser forms: samskap browser one-time code CONDITIONAL",
            "samskap browser one-time code: conditional-user-configured REQUIRED",
            "samskap browser one-time code: auth-otp-form REQUIRED"), steps);
    }

    @Test
    void linksTheSignInPagesBackToTheLocalGateway() {
        var gateway = client(SamskapRealm.GATEWAY_CLIENT_ID);
        assertEquals("http://127.0.0.1:8080", gateway.path("rootUrl").asText());
        assertEquals("/", gateway.path("baseUrl").asText());
    }

    @Test
    void allowsThePasswordGrantOnlyToThePublicTestClient() {
        var test = client(SamskapRealm.TEST_CLIENT_ID);
        assertTrue(test.path("publicClient").asBoolean());
        assertTrue(test.path("directAccessGrantsEnabled").asBoolean());
        assertFalse(test.path("standardFlowEnabled").asBoolean());
        for (var client : realm.path("clients")) {
            if (!client.path("clientId").asText().equals(SamskapRealm.TEST_CLIENT_ID)) {
                assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), client.path("clientId").asText());
            }
        }
    }

    @Test
    void hasIdPortenReadyButDisabledAskingForSubstantialAssurance() {
        var idporten = StreamSupport.stream(realm.path("identityProviders").spliterator(), false)
            .filter(provider -> provider.path("alias").asText().equals("idporten"))
            .findFirst().orElseThrow(() -> new AssertionError("no idporten provider"));
        assertEquals("oidc", idporten.path("providerId").asText());
        assertFalse(idporten.path("enabled").asBoolean());
        var config = idporten.path("config");
        assertEquals("https://test.idporten.no", config.path("issuer").asText());
        assertTrue(config.path("authorizationUrl").asText().contains("acr_values=idporten-loa-substantial"));
        assertTrue(config.path("tokenUrl").asText().startsWith("https://test.idporten.no/"));
    }

    @Test
    void declaresTheMunicipalityAsAFourDigitUserAttribute() throws IOException {
        var profile = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0)
            .path("config").path("kc.user.profile.config").get(0).asText();
        var municipality = StreamSupport.stream(new ObjectMapper().readTree(profile).path("attributes").spliterator(), false)
            .filter(attribute -> attribute.path("name").asText().equals("municipality"))
            .findFirst().orElseThrow(() -> new AssertionError("municipality is not in the user profile"));
        assertEquals("^[0-9]{4}$", municipality.path("validations").path("pattern").path("pattern").asText());
    }

    private static void assertInAccessTokenIdTokenAndUserinfo(JsonNode config, String clientId) {
        for (var token : List.of("access.token.claim", "id.token.claim", "userinfo.token.claim")) {
            assertEquals("true", config.path(token).asText(), clientId + " " + token);
        }
    }

    private static Optional<JsonNode> user(String username) {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
            .filter(user -> user.path("username").asText().equals(username))
            .findFirst();
    }

    /** The realm's people: every user but the service accounts, which are clients acting for themselves. */
    private static List<JsonNode> people() {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
            .filter(user -> !user.has("serviceAccountClientId")).toList();
    }

    private static boolean signsPeopleIn(JsonNode client) {
        return client.path("standardFlowEnabled").asBoolean(true) || client.path("directAccessGrantsEnabled").asBoolean()
            || client.path("implicitFlowEnabled").asBoolean();
    }

    private static JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
            .filter(client -> client.path("clientId").asText().equals(clientId))
            .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static JsonNode mapper(JsonNode client, String type) {
        return StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
            .filter(mapper -> mapper.path("protocolMapper").asText().equals(type))
            .findFirst().orElseThrow(() -> new AssertionError(client.path("clientId").asText() + " has no " + type))
            .path("config");
    }

    private static List<String> texts(Iterable<JsonNode> array, String field) {
        var values = new ArrayList<String>();
        array.forEach(element -> values.add(element.path(field).asText()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(element -> values.add(element.asText()));
        return values;
    }
}
