package no.samskap.gateway.ideas.staff;

import no.samskap.gateway.GatewayUnderTest;
import no.samskap.gateway.ideas.commands.StandInProposals;
import no.samskap.testkit.TestInfrastructure;

import java.util.HashMap;
import java.util.Map;

/**
 * A gateway whose proposals service is a stand-in, the proposals service's stories about ideas told on Kafka, and
 * the staff who look at the inbox: what the tests of the staff's pages start before all and close after.
 */
final class StaffInboxRig implements AutoCloseable {

    final StandInProposals proposals;
    final GatewayUnderTest gateway;
    final StaffStoriesOnKafka stories;
    final StaffViewers viewers;

    /** {@code settings} beside the stand-in's address, such as how long a page waits for the inbox. */
    StaffInboxRig(TestInfrastructure infrastructure, Map<String, Object> settings) {
        proposals = StandInProposals.onAFreePort();
        var all = new HashMap<>(settings);
        all.put("samskap-gateway.proposals-url", proposals.url());
        gateway = GatewayUnderTest.start(infrastructure, all);
        stories = new StaffStoriesOnKafka(infrastructure);
        viewers = new StaffViewers(gateway);
    }

    @Override
    public void close() {
        stories.close();
        gateway.close();
        proposals.close();
    }
}
