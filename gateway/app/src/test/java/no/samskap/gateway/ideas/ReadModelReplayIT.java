package no.samskap.gateway.ideas;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MessageType;
import no.samskap.contract.organisations.AssociationChecked;
import no.samskap.contract.organisations.AssociationRegistered;
import no.samskap.contract.organisations.AssociationUpdated;
import no.samskap.contract.organisations.AssociationVerified;
import no.samskap.contract.organisations.MemberAdded;
import no.samskap.contract.organisations.MemberRemoved;
import no.samskap.contract.organisations.MemberRoleChanged;
import no.samskap.contract.organisations.HelpAccepted;
import no.samskap.contract.organisations.HelpDeclined;
import no.samskap.contract.organisations.HelpOffered;
import no.samskap.contract.organisations.HelpRequestTaken;
import no.samskap.contract.organisations.HelpRequested;
import no.samskap.contract.organisations.OrganisationsMessages;
import no.samskap.contract.proposals.IdeaAnswered;
import no.samskap.contract.proposals.IdeaAssessmentStarted;
import no.samskap.contract.proposals.IdeaPublished;
import no.samskap.contract.proposals.IdeaSubmitted;
import no.samskap.contract.proposals.IdeaWithdrawn;
import no.samskap.contract.proposals.ProposalsMessages;
import no.samskap.contract.proposals.SupportGiven;
import no.samskap.contract.proposals.SupportWithdrawn;
import no.samskap.gateway.StandInIdentityProvider;
import no.samskap.platform.consumption.ReadModelReplay;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import static no.samskap.testkit.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dropping the read models and replaying every topic from the beginning gives back the same state, even
 * after the tables were damaged by hand.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadModelReplayIT {

    private static final int IDEAS = 30;
    private static final int ASSOCIATIONS = 10;

    private TestInfrastructure infrastructure;
    private String schema;
    private EmbeddedServer server;
    private KafkaProducer<String, byte[]> producer;
    private StandInIdentityProvider identityProvider;
    private int sent;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
        schema = infrastructure.freshSchema("gateway");
        var properties = new HashMap<String, Object>(infrastructure.applicationProperties(schema));
        properties.put("micronaut.server.port", -1);
        identityProvider = StandInIdentityProvider.start();
        properties.putAll(identityProvider.gatewayProperties());
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        producer = infrastructure.producer();
    }

    @AfterAll
    void stop() {
        producer.close();
        server.close();
        identityProvider.close();
    }

    @Test
    void replayingEveryTopicRebuildsExactlyTheSameReadModels() throws Exception {
        for (int i = 0; i < IDEAS; i++) {
            publishTheLifeOfAnIdea(i);
        }
        for (int i = 0; i < ASSOCIATIONS; i++) {
            publishTheLifeOfAnAssociation(i);
        }
        producer.flush();
        eventually(Duration.ofSeconds(60), () -> assertEquals(sent, count("select count(*) from processed_message")));
        var before = snapshot();
        assertTrue(before.size() > IDEAS, "the board and its timeline have rows");
        execute("update idea_board set title = 'ødelagt', support_count = 999");
        execute("delete from idea_board_step where status = 'published'");
        execute("update idea_hint_candidate set title = 'ødelagt'");
        execute("update association_directory set name = 'ødelagt', verified = not verified");
        execute("delete from association_member where role = 'member'");
        execute("update help_offer set status = 'offered'");
        execute("delete from help_request");
        execute("update help_idea set open = false");

        server.getApplicationContext().getBean(ReadModelReplay.class).replay();

        eventually(Duration.ofSeconds(60), () -> assertEquals(sent, count("select count(*) from processed_message")));
        assertEquals(before, snapshot());
    }

    private void publishTheLifeOfAnIdea(int i) {
        var id = UUID.randomUUID().toString();
        var municipality = i % 2 == 0 ? "1833" : "4618";
        var at = Instant.parse("2026-09-01T10:00:00Z").plusSeconds(i * 60L);
        send(id, municipality, at, ProposalsMessages.IDEA_SUBMITTED,
            new IdeaSubmitted(id, "resident-" + i, "Idé " + i, "Tekst " + i, "kulturhus", at));
        if (i % 5 == 4) {
            return;
        }
        send(id, municipality, at, ProposalsMessages.IDEA_PUBLISHED, new IdeaPublished(id, "samskap", at));
        send(id, municipality, at, ProposalsMessages.SUPPORT_GIVEN, new SupportGiven(id, "a", 1, at));
        send(id, municipality, at, ProposalsMessages.SUPPORT_GIVEN, new SupportGiven(id, "b", 2, at));
        if (i % 3 == 0) {
            send(id, municipality, at, ProposalsMessages.SUPPORT_WITHDRAWN, new SupportWithdrawn(id, "a", 1, at));
            send(id, municipality, at, ProposalsMessages.IDEA_ASSESSMENT_STARTED,
                new IdeaAssessmentStarted(id, "staff", LocalDate.parse("2026-12-24"), at));
            send(id, municipality, at, ProposalsMessages.IDEA_ANSWERED,
                new IdeaAnswered(id, "staff", "not-possible", "Ikke i år.", at));
        } else if (i % 3 == 1) {
            send(id, municipality, at, ProposalsMessages.IDEA_WITHDRAWN, new IdeaWithdrawn(id, "resident-" + i, at));
        }
    }

    private void publishTheLifeOfAnAssociation(int i) {
        var id = UUID.randomUUID().toString();
        var municipality = i % 2 == 0 ? "1833" : "4618";
        var at = Instant.parse("2026-09-01T10:00:00Z").plusSeconds(i * 60L);
        send(id, municipality, at, OrganisationsMessages.ASSOCIATION_REGISTERED, new AssociationRegistered(id,
            "974760673", "Lag " + i, "kor", "Om lag " + i, null, "admin-" + i, at));
        send(id, municipality, at, OrganisationsMessages.MEMBER_ADDED, new MemberAdded(id, "admin-" + i, "admin",
            "admin-" + i, at));
        send(id, municipality, at, OrganisationsMessages.ASSOCIATION_CHECKED, new AssociationChecked(id, "active",
            "LAG " + i, "Forening/lag/innretning", i % 3 == 0, null, at));
        send(id, municipality, at, OrganisationsMessages.MEMBER_ADDED, new MemberAdded(id, "member-" + i, "member",
            "admin-" + i, at));
        if (i % 2 == 0) {
            send(id, municipality, at, OrganisationsMessages.ASSOCIATION_VERIFIED, new AssociationVerified(id, "staff", at));
            send(id, municipality, at, OrganisationsMessages.MEMBER_ROLE_CHANGED, new MemberRoleChanged(id, "member-" + i,
                "admin", "admin-" + i, at));
        } else {
            send(id, municipality, at, OrganisationsMessages.ASSOCIATION_UPDATED, new AssociationUpdated(id,
                "Laget " + i, "korps", "Nytt om laget", null, "admin-" + i, at));
            send(id, municipality, at, OrganisationsMessages.MEMBER_REMOVED, new MemberRemoved(id, "admin-" + i,
                "admin-" + i, at));
        }
        publishHelpOfAnAssociation(i, id, municipality, at);
    }

    private void publishHelpOfAnAssociation(int i, String association, String municipality, Instant at) {
        var offer = UUID.randomUUID().toString();
        var idea = UUID.randomUUID().toString();
        send(offer, municipality, at, OrganisationsMessages.HELP_OFFERED, new HelpOffered(offer, idea, association,
            "admin-" + i, "hours", 10.0 + i, List.of("lyd-lys"), "Hjelp " + i, at));
        if (i % 2 == 0) {
            send(offer, municipality, at, OrganisationsMessages.HELP_ACCEPTED, new HelpAccepted(offer, idea, association,
                "hours", "staff", at));
        } else {
            send(offer, municipality, at, OrganisationsMessages.HELP_DECLINED, new HelpDeclined(offer, idea, association,
                "hours", "staff", at));
        }
        var request = UUID.randomUUID().toString();
        send(request, municipality, at, OrganisationsMessages.HELP_REQUESTED, new HelpRequested(request, association,
            null, List.of("rigging"), at.plusSeconds(86_400), at.plusSeconds(90_000), "admin-" + i, at));
        if (i % 3 == 0) {
            send(request, municipality, at, OrganisationsMessages.HELP_REQUEST_TAKEN, new HelpRequestTaken(request,
                association, "volunteer-" + i, at));
        }
    }

    private <P> void send(String id, String municipality, Instant at, MessageType<P> type, P payload) {
        producer.send(new ProducerRecord<>(infrastructure.topicPrefix() + type.aggregateType().topic(), id,
            EnvelopeCodec.toBytes(EnvelopeCodec.wrap(type, payload, UUID.randomUUID(), at, municipality, id))));
        sent++;
    }

    private List<String> snapshot() throws Exception {
        var rows = new ArrayList<String>();
        rows.addAll(query("select id, municipality, title, body, service_area, status, submitted_at, published_at,"
            + " respond_by, answer, support_count from idea_board order by id"));
        rows.addAll(query("select message_id, idea_id, status, actor, note, occurred_at from idea_board_step order by message_id"));
        rows.addAll(query("select idea_id, string_agg(status, '>' order by arrival) from idea_board_step group by idea_id"
            + " order by idea_id"));
        rows.addAll(query("select id, municipality, submitted_at, title from idea_hint_candidate order by id"));
        rows.addAll(query("select * from association_directory order by id"));
        rows.addAll(query("select * from association_member order by association_id, person_id"));
        rows.addAll(query("select * from help_offer order by id"));
        rows.addAll(query("select * from help_request order by id"));
        rows.addAll(query("select * from help_idea order by id"));
        return rows;
    }

    private List<String> query(String sql) throws Exception {
        try (var connection = infrastructure.connect(schema); var rows = connection.createStatement().executeQuery(sql)) {
            var result = new ArrayList<String>();
            var columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                var row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(rows.getString(c)).append('|');
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    private void execute(String sql) throws Exception {
        try (var connection = infrastructure.connect(schema); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (var connection = infrastructure.connect(schema); var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
