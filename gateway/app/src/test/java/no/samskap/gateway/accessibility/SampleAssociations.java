package no.samskap.gateway.accessibility;

import no.samskap.gateway.StandInIdentityProvider.Person;
import no.samskap.gateway.organisations.AssociationMessagesOnKafka;
import no.samskap.testkit.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Associations worth looking at, told on Kafka as the organisations service tells them: a verified choir run by the
 * resident visitor, and a sports club still waiting for staff to verify it.
 */
final class SampleAssociations {

    private SampleAssociations() {
    }

    /** The placeholders {@link PageType} paths may use, and their values. */
    static Map<String, String> publish(TestInfrastructure infrastructure) {
        var resident = Person.ranaResident().subject();
        var choir = UUID.nameUUIDFromBytes("sample-choir".getBytes(StandardCharsets.UTF_8)).toString();
        var club = UUID.nameUUIDFromBytes("sample-club".getBytes(StandardCharsets.UTF_8)).toString();
        try (var kafka = new AssociationMessagesOnKafka(infrastructure)) {
            kafka.registered(choir, SampleIdeas.MUNICIPALITY, "974760673", "Mo Songkor", "kor", resident);
            kafka.checkedActive(choir, SampleIdeas.MUNICIPALITY, "MO SONGKOR");
            kafka.verified(choir, SampleIdeas.MUNICIPALITY);
            kafka.registered(club, SampleIdeas.MUNICIPALITY, "983609155", "Rana Idrettslag", "idrettslag", "someone");
        }
        return Map.of("association", choir, "unverifiedAssociation", club);
    }
}
