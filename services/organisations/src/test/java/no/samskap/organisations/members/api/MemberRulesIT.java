package no.samskap.organisations.members.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.HelpFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.ServiceUnderTest;
import no.samskap.testkit.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static no.samskap.testkit.ApplicationUnderTest.firstField;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@ServiceUnderTest(OrganisationsApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberRulesIT {

    private static final Argument<List<Map<String, Object>>> MAPS =
        Argument.listOf(Argument.mapOf(String.class, Object.class));

    private static final String MUNICIPALITY = AssociationFixtures.MUNICIPALITY;

    private final TestTokens tokens = TestTokens.shared();
    private ApplicationUnderTest organisations;
    private HttpClient client;
    private AssociationFixtures fixtures;
    private HelpFixtures notices;

    @BeforeAll
    void start(ApplicationUnderTest organisations) {
        this.organisations = organisations;
        client = organisations.client();
        fixtures = new AssociationFixtures(client);
        notices = new HelpFixtures(organisations);
    }

    @Test
    @SuppressWarnings("unchecked")
    void membersAndTheMunicipalitysStaffSeeTheMembersByNameAndOthersMayNot() {
        var association = fixtures.withMember(fixtures.registeredBy("mem-admin"), "mem-admin", "mem-anne", "member");
        var anne = tokens.sign(tokens.claims("mem-anne", MUNICIPALITY, "resident").claim("name", "Anne Hansen")
            .build());
        client.toBlocking().exchange(HttpRequest.GET("/me/associations").bearerAuth(anne), String.class);

        var members = client.toBlocking().retrieve(HttpRequest.GET("/associations/" + association + "/members")
            .bearerAuth(anne), MAPS);

        assertEquals(2, members.size());
        var admin = members.get(0);
        var member = members.get(1);
        assertEquals(List.of("mem-admin", "mem-admin", "mem-admin", "admin"), List.of(admin.get("personId"),
            admin.get("displayName"), admin.get("username"), admin.get("role")));
        assertEquals(List.of("mem-anne", "Anne Hansen", "mem-anne", "member"), List.of(member.get("personId"),
            member.get("displayName"), member.get("username"), member.get("role")));
        assertEquals(members, client.toBlocking().retrieve(HttpRequest.GET("/associations/" + association
            + "/members").bearerAuth(tokens.staff("mem-staff", MUNICIPALITY)), MAPS));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/associations/" + association + "/members")
            .bearerAuth(resident("mem-outsider"))));
        assertEquals(403, organisations.statusOf(HttpRequest.GET("/associations/" + association + "/members")
            .bearerAuth(tokens.staff("mem-staff-ulv", "4618"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminMakesAMemberAdminAndTheMemberIsTold() throws SQLException {
        var association = fixtures.withMember(fixtures.registeredBy("mem-admin"), "mem-admin", "mem-bjorn", "member");

        var changed = client.toBlocking().retrieve(changeRole(association, "mem-admin", "mem-bjorn", "admin"),
            Map.class);

        assertEquals("admin", changed.get("role"));
        assertEquals("mem-bjorn", changed.get("personId"));
        assertEquals(List.of("association-registered", "member-added", "member-added", "member-role-changed"),
            organisations.outboxTypesFor(association));
        assertEquals(List.of("person-notified", "person-notified"), organisations.outboxTypesFor("mem-bjorn"));
        assertEquals(200, organisations.statusOf(changeRole(association, "mem-admin", "mem-bjorn", "admin")));
        assertEquals(4, organisations.outboxTypesFor(association).size(), "the same role again changes nothing");
    }

    @Test
    void onlyAnAdminChangesRolesAndOnlyToAKnownRoleOfAMember() {
        var association = fixtures.withMember(fixtures.registeredBy("mem-admin"), "mem-admin", "mem-cecilie",
            "member");

        assertEquals(403, organisations.statusOf(changeRole(association, "mem-cecilie", "mem-cecilie", "admin")));
        assertEquals(403, organisations.statusOf(HttpRequest.PUT("/associations/" + association
            + "/members/mem-cecilie/role", Map.of("role", "admin")).bearerAuth(tokens.staff("mem-staff",
            MUNICIPALITY))));
        assertEquals("role", firstField(organisations.refused(changeRole(association, "mem-admin", "mem-cecilie",
            "leder"))));
        assertEquals(404, organisations.statusOf(changeRole(association, "mem-admin", "mem-nobody", "admin")));
    }

    @Test
    void theOnlyAdminCanNeitherLeaveNorBeMadeAMember() throws SQLException {
        var association = fixtures.withMember(fixtures.registeredBy("mem-lone-admin"), "mem-lone-admin",
            "mem-dina", "member");

        var leaving = organisations.refused(remove(association, "mem-lone-admin", "mem-lone-admin"));
        var demoting = organisations.refused(changeRole(association, "mem-lone-admin", "mem-lone-admin", "member"));

        assertEquals(409, leaving.get("status"));
        assertNull(leaving.get("errors"));
        assertEquals(409, demoting.get("status"));
        assertEquals("role", firstField(demoting));
        assertEquals(List.of("association-registered", "member-added", "member-added"),
            organisations.outboxTypesFor(association));
        assertEquals(List.of("admin", "member"), storedRoles(association));
    }

    @Test
    void anAdminRemovedByAnotherLeavesTheOtherAsLastAdminWhoThenCannotLeave() throws SQLException {
        var association = fixtures.withMember(fixtures.registeredBy("mem-first"), "mem-first", "mem-second", "admin");

        assertEquals(204, organisations.statusOf(remove(association, "mem-second", "mem-first")));

        assertEquals(409, organisations.statusOf(remove(association, "mem-second", "mem-second")));
        assertEquals(List.of("admin"), storedRoles(association));
        assertEquals(List.of("invitation-accepted", "removed"), notices.noticeKindsFor("mem-first"),
            "told of the answer to the invitation, then of the removal");
    }

    @Test
    void aMemberMayLeaveButNotRemoveAnotherAndAnAdminRemovesAnyone() throws SQLException {
        var association = fixtures.withMember(fixtures.withMember(fixtures.registeredBy("mem-admin"), "mem-admin",
            "mem-eirik", "member"), "mem-admin", "mem-frida", "member");

        assertEquals(403, organisations.statusOf(remove(association, "mem-eirik", "mem-frida")));
        assertEquals(204, organisations.statusOf(remove(association, "mem-eirik", "mem-eirik")));
        assertEquals(204, organisations.statusOf(remove(association, "mem-admin", "mem-frida")));
        assertEquals(404, organisations.statusOf(remove(association, "mem-admin", "mem-frida")));

        assertEquals(List.of("admin"), storedRoles(association));
        var types = organisations.outboxTypesFor(association);
        assertEquals(List.of("member-removed", "member-removed"), types.subList(types.size() - 2, types.size()));
        assertEquals(List.of("person-notified"), organisations.outboxTypesFor("mem-eirik"), "invited, not told of leaving");
        assertEquals(List.of("person-notified", "person-notified"), organisations.outboxTypesFor("mem-frida"));
        assertEquals(List.of(), client.toBlocking().retrieve(HttpRequest.GET("/me/associations")
            .bearerAuth(resident("mem-frida")), MAPS));
    }

    @Test
    void twoAdminsLeavingAtOnceLeaveOneOfThem() throws Exception {
        var twoAtOnce = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 5; round++) {
            var first = "mem-race-a-" + round;
            var second = "mem-race-b-" + round;
            var association = fixtures.withMember(fixtures.registeredBy(first), first, second, "admin");
            var start = new CyclicBarrier(2);

            var statuses = Stream.of(first, second).map(admin -> CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return organisations.statusOf(remove(association, admin, admin));
            }, twoAtOnce)).toList().stream().map(CompletableFuture::join).sorted().toList();

            assertEquals(List.of(204, 409), statuses, "round " + round);
            assertEquals(List.of("admin"), storedRoles(association), "round " + round);
        }
        twoAtOnce.shutdown();
    }

    /** The roles of everyone in the association as stored, admins first. */
    private List<String> storedRoles(String association) throws SQLException {
        var roles = new ArrayList<String>();
        try (var connection = organisations.connect(); var statement = connection.prepareStatement(
            "select role from membership where association_id = ?::uuid order by role")) {
            statement.setString(1, association);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        }
        return roles;
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest<?> changeRole(String association, String adminId, String personId, String role) {
        return HttpRequest.PUT("/associations/" + association + "/members/" + personId + "/role",
            Map.of("role", role)).bearerAuth(resident(adminId));
    }

    private HttpRequest<?> remove(String association, String personId, String memberId) {
        return HttpRequest.DELETE("/associations/" + association + "/members/" + memberId)
            .bearerAuth(resident(personId));
    }

    private String resident(String subject) {
        return tokens.resident(subject, MUNICIPALITY);
    }
}
