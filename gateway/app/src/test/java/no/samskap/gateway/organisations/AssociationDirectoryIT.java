package no.samskap.gateway.organisations;

import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.MemberRemoved;
import no.samskap.contract.organisations.MemberRoleChanged;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory and a person's memberships, as the association topic fills them and the JSON API reads them. */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssociationDirectoryIT {

    private static final Person ADMIN = new Person("choir-admin", "Kari Nordmann", "1833",
        List.of("resident", "default-roles-samskap"));
    private static final String ADMIN_ID = UUID.nameUUIDFromBytes("choir-admin".getBytes(StandardCharsets.UTF_8)).toString();

    private final String choir = UUID.randomUUID().toString();
    private final String club = UUID.randomUUID().toString();
    private final String elsewhere = UUID.randomUUID().toString();
    private GatewayUnderTest gateway;
    private AssociationMessagesOnKafka messages;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        gateway = GatewayUnderTest.start(infrastructure);
        messages = new AssociationMessagesOnKafka(infrastructure);
        messages.registered(choir, "1833", "974760673", "Mo Songkor", "kor", ADMIN_ID);
        messages.checkedActive(choir, "1833", "MO SONGKOR");
        messages.verified(choir, "1833");
        messages.registered(club, "1833", "983609155", "Rana Idrettslag", "idrettslag", "someone-else");
        messages.registered(elsewhere, "4618", "971524960", "Odda Songlag", "kor", "someone-in-odda");
        eventually(() -> assertTrue(gateway.get("/api/associations/" + choir).body().contains("\"verified\":true")));
        eventually(() -> assertEquals(200, gateway.get("/api/associations/" + club).statusCode()));
        eventually(() -> assertEquals(200, gateway.get("/api/associations/" + elsewhere).statusCode()));
    }

    @AfterAll
    void stop() {
        messages.close();
        gateway.close();
    }

    @Test
    void listsAMunicipalitysAssociationsByNameAndNoOtherMunicipalitys() {
        var body = gateway.get("/api/associations?municipality=1833").body();

        assertAll(
            () -> assertTrue(body.indexOf(choir) < body.indexOf(club) && body.indexOf(choir) > 0, body),
            () -> assertFalse(body.contains(elsewhere), body),
            () -> assertFalse(body.contains(ADMIN_ID), "no person is named in the directory"));
    }

    @Test
    void findsAssociationsByPartOfTheirNameAndByType() {
        var byName = gateway.get("/api/associations?municipality=1833&name=SONG").body();
        var byType = gateway.get("/api/associations?municipality=1833&type=idrettslag").body();

        assertAll(
            () -> assertTrue(byName.contains(choir) && !byName.contains(club), byName),
            () -> assertTrue(byType.contains(club) && !byType.contains(choir), byType));
    }

    @Test
    void findsAssociationsByEveryWordOfTheSearchInTheirNameOrDescription() {
        var band = UUID.randomUUID().toString();
        messages.send(OrganisationsMessages.ASSOCIATION_REGISTERED, new AssociationRegistered(band, "912345610",
            "Mo Storband", "musikk", "Vi øver i kulturhuset og spiller på 17. mai.", null, "someone-else",
            AssociationMessagesOnKafka.AT), "1833", band);
        eventually(() -> assertEquals(200, gateway.get("/api/associations/" + band).statusCode()));

        var byDescription = gateway.get("/api/associations?municipality=1833&name=KULTURHUSET").body();
        var byWordsAnywhere = gateway.get("/api/associations?municipality=1833&name=storband+%C3%B8ver").body();
        var oneWordMissing = gateway.get("/api/associations?municipality=1833&name=storband+fotball").body();

        assertAll(
            () -> assertTrue(byDescription.contains(band) && !byDescription.contains(choir), byDescription),
            () -> assertTrue(byWordsAnywhere.contains(band), byWordsAnywhere),
            () -> assertFalse(oneWordMissing.contains(band), oneWordMissing),
            () -> assertTrue(byDescription.contains("\"offers\":[]"), "no help offered yet"));
    }

    @Test
    void showsWhatTheRegisterSaidAndThatTheMunicipalityVerifiedIt() {
        var body = gateway.get("/api/associations/" + choir).body();

        assertAll(
            () -> assertTrue(body.contains("\"organisationNumber\":\"974760673\""), body),
            () -> assertTrue(body.contains("\"registerStatus\":\"active\""), body),
            () -> assertTrue(body.contains("\"registeredName\":\"MO SONGKOR\""), body),
            () -> assertTrue(body.contains("\"inFrivillighetsregisteret\":true"), body),
            () -> assertTrue(body.contains("\"verified\":true"), body),
            () -> assertTrue(gateway.get("/api/associations/" + club).body().contains("\"registerStatus\":\"unchecked\"")));
    }

    @Test
    void refusesASearchOfNoMunicipalityOrAnUnknownTypeNamingTheField() {
        var noMunicipality = gateway.get("/api/associations?municipality=rana");
        var unknownType = gateway.get("/api/associations?municipality=1833&type=kakeklubb");

        assertAll(
            () -> assertEquals(400, noMunicipality.statusCode()),
            () -> assertTrue(noMunicipality.body().contains("\"field\":\"municipality\""), noMunicipality.body()),
            () -> assertEquals(400, unknownType.statusCode()),
            () -> assertTrue(unknownType.body().contains("\"field\":\"type\""), unknownType.body()),
            () -> assertEquals(404, gateway.get("/api/associations/" + UUID.randomUUID()).statusCode()),
            () -> assertEquals(404, gateway.get("/api/associations/not-an-id").statusCode()));
    }

    @Test
    void givesThePersonTheirOwnAssociationsAsTheirRoleChangesAndEnds() {
        messages.send(OrganisationsMessages.MEMBER_ADDED,
            new MemberAdded(club, ADMIN_ID, "member", "someone-else", AssociationMessagesOnKafka.AT), "1833", club);
        eventually(() -> assertTrue(mine().contains(club), mine()));
        assertTrue(mine().contains("{\"associationId\":\"" + choir + "\",\"name\":\"Mo Songkor\",\"role\":\"admin\"}"),
            mine());

        messages.send(OrganisationsMessages.MEMBER_ROLE_CHANGED,
            new MemberRoleChanged(club, ADMIN_ID, "admin", "someone-else", AssociationMessagesOnKafka.AT), "1833", club);
        eventually(() -> assertTrue(mine().contains("\"associationId\":\"" + club + "\",\"name\":\"Rana Idrettslag\","
            + "\"role\":\"admin\""), mine()));

        messages.send(OrganisationsMessages.MEMBER_REMOVED,
            new MemberRemoved(club, ADMIN_ID, ADMIN_ID, AssociationMessagesOnKafka.AT), "1833", club);
        eventually(() -> assertFalse(mine().contains(club), mine()));
    }

    @Test
    void givesOnlyVerifiedAssociationsAsOpenDataWithoutPersons() {
        var json = gateway.get("/api/open-data/associations.json?municipality=1833");
        var csv = gateway.get("/api/open-data/associations.csv?municipality=1833");

        assertAll(
            () -> assertEquals(200, json.statusCode()),
            () -> assertTrue(json.body().contains("{\"organisationNumber\":\"974760673\",\"name\":\"Mo Songkor\","
                + "\"type\":\"kor\"}"), json.body()),
            () -> assertFalse(json.body().contains("983609155"), "an unverified association is not open data"),
            () -> assertFalse(json.body().contains(ADMIN_ID)),
            () -> assertTrue(csv.body().startsWith("\uFEFF\"organisationNumber\",\"name\",\"type\""), csv.body()));
    }

    private String mine() {
        var identity = gateway.identityProvider();
        return gateway.get("/api/me/associations", Map.of("Cookie", "samskap_id=" + identity.idToken(ADMIN,
            Duration.ofMinutes(5)) + "; samskap_access=" + identity.accessToken(ADMIN, Duration.ofMinutes(5)),
            "Accept", "application/json")).body();
    }
}
