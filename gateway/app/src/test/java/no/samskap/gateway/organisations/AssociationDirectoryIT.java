package no.samskap.gateway.organisations;

import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.MemberRemoved;
import no.samskap.contract.organisations.MemberRoleChanged;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.shell.paging.PageCursor;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
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
    private TestInfrastructure infrastructure;
    private GatewayUnderTest gateway;
    private AssociationMessagesOnKafka messages;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
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
        var wildcardsTakenAsThemselves = gateway.get("/api/associations?municipality=1833&name=%25%25%25+___").body();

        assertAll(
            () -> assertTrue(byDescription.contains(band) && !byDescription.contains(choir), byDescription),
            () -> assertTrue(byWordsAnywhere.contains(band), byWordsAnywhere),
            () -> assertFalse(oneWordMissing.contains(band), oneWordMissing),
            () -> assertFalse(wildcardsTakenAsThemselves.contains(band), wildcardsTakenAsThemselves),
            () -> assertTrue(byDescription.contains("\"offers\":[]"), "no help offered yet"));
    }

    @Test
    void walksTheDirectoryFiftyAtATimeByNameGivingEveryAssociationOnceWithTheSearchKept() throws Exception {
        // Names differ in case and repeat, so that the order by name in lower case and then id is what is walked.
        execute("""
            insert into association_directory (id, municipality, organisation_number, name, type, description,
                                               registered_at, updated_at)
            select gen_random_uuid(), '5002', lpad(n::text, 9, '0'),
                   (array['Korps', 'kor', 'KOR | Mo', 'Æsj-lag', 'Idrettslag'])[1 + n % 5] || ' ' || (n % 7), 'kor',
                   case when n % 2 = 0 then 'Vi øver på torsdager.' else 'Vi møtes i kulturhuset.' end,
                   timestamptz '2027-01-01 00:00:00Z', timestamptz '2027-01-01 00:00:00Z'
            from generate_series(1, 230) as n""");
        try {
            var everyone = ids("select id from association_directory where municipality = '5002'"
                + " order by lower(name), id");
            var practising = ids("select id from association_directory where municipality = '5002'"
                + " and description like '%øver%' order by lower(name), id");
            var page = gateway.get("/kommuner/5002/foreninger?navn=%C3%B8ver").body();
            var link = page.substring(page.indexOf("href=\"", page.indexOf("id=\"directory-paging\"")) + 6);
            var nextHref = link.substring(0, link.indexOf('"')).replace("&amp;", "&");
            var second = gateway.get(nextHref).body();

            assertAll(
                () -> assertEquals(everyone, walk("/api/associations?municipality=5002", List.of(50, 50, 50, 50, 30))),
                () -> assertEquals(practising, walk("/api/associations?municipality=5002&name=%C3%98VER",
                    List.of(50, 50, 15))),
                () -> assertTrue(nextHref.startsWith("/kommuner/5002/foreninger?navn=%C3%B8ver&etter="), nextHref),
                () -> assertTrue(page.contains("rel=\"next\">Vis flere foreninger</a>"), page),
                () -> assertTrue(page.contains("50 foreninger på denne siden"), page),
                () -> assertTrue(second.contains("data-association-id=\"" + practising.get(50) + "\""), second),
                () -> assertFalse(second.contains("data-association-id=\"" + practising.get(49) + "\""), second),
                () -> assertTrue(second.contains(">Tilbake til de første</a>"), second),
                () -> assertTrue(gateway.get(nextHref + "&lang=nn").body().contains(">Vis fleire foreiningar</a>")),
                () -> assertTrue(gateway.get(nextHref + "&lang=en").body().contains(">Show more associations</a>")),
                () -> assertTrue(gateway.get("/kommuner/5002/foreninger?etter=%C3%B8").body()
                    .contains("data-association-id=\"" + everyone.get(0) + "\""), "a link not ours starts again"));
        } finally {
            execute("delete from association_directory where municipality = '5002'");
        }
    }

    @Test
    void refusesACursorTheDirectoryDidNotGiveOutNamingTheParameter() {
        var garbage = gateway.get("/api/associations?municipality=1833&after=bm90LWEtY3Vyc29y");
        var anotherLists = gateway.get("/api/associations?municipality=1833&after="
            + new PageCursor("calendar", List.of("2027-01-01T00:00:00Z", UUID.randomUUID().toString())).encode());
        var notAnId = gateway.get("/api/associations?municipality=1833&after="
            + new PageCursor("associations", List.of("kor", "ikke-en-id")).encode());

        assertAll(
            () -> assertEquals(400, garbage.statusCode()),
            () -> assertTrue(garbage.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")),
            () -> assertTrue(garbage.body().contains("\"field\":\"after\""), garbage.body()),
            () -> assertEquals(400, anotherLists.statusCode()),
            () -> assertTrue(anotherLists.body().contains("\"field\":\"after\""), anotherLists.body()),
            () -> assertEquals(400, notAnId.statusCode()));
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

    /** Follows {@code next} from the first page to the last, checking each page's size on the way. */
    private List<String> walk(String first, List<Integer> sizes) {
        var walked = new ArrayList<String>();
        var seen = new ArrayList<Integer>();
        String next = null;
        do {
            var body = gateway.get(first + (next == null ? "" : "&after=" + next)).body();
            var page = new ArrayList<String>();
            var at = 0;
            while ((at = body.indexOf("{\"id\":\"", at)) >= 0) {
                at += 7;
                page.add(body.substring(at, body.indexOf('"', at)));
            }
            seen.add(page.size());
            walked.addAll(page);
            var cursor = body.indexOf("\"next\":\"");
            next = cursor < 0 ? null : body.substring(cursor + 8, body.indexOf('"', cursor + 8));
        } while (next != null && seen.size() < 10);
        assertEquals(sizes, seen);
        return walked;
    }

    private List<String> ids(String sql) throws SQLException {
        var ids = new ArrayList<String>();
        try (var connection = infrastructure.connect(gateway.schema());
             var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private void execute(String sql) throws SQLException {
        try (var connection = infrastructure.connect(gateway.schema()); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String mine() {
        var identity = gateway.identityProvider();
        return gateway.get("/api/me/associations", Map.of("Cookie", "samskap_id=" + identity.idToken(ADMIN,
            Duration.ofMinutes(5)) + "; samskap_access=" + identity.accessToken(ADMIN, Duration.ofMinutes(5)),
            "Accept", "application/json")).body();
    }
}
