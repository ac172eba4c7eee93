package no.samskap.proposals.ideas.messaging;

import jakarta.inject.Singleton;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.contract.municipalities.NamedChoice;
import no.samskap.contract.municipalities.Names;
import no.samskap.contract.municipalities.PersonBlocked;
import no.samskap.contract.municipalities.PersonUnblocked;
import no.samskap.platform.outbox.Outbox;
import no.samskap.platform.outbox.OutgoingMessage;
import no.samskap.proposals.ideas.application.MunicipalityAnnouncements;
import no.samskap.proposals.ideas.domain.ChoiceNames;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.MunicipalitySettings;
import no.samskap.proposals.ideas.domain.TargetGroup;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Publishes what every service shares about a municipality, on the topics of the municipalities capability that
 * proposals holds for now (ADR 0022, 0023): its description after each change of its settings, and who is blocked
 * in it. A block goes out as person and municipality only; its reason and who set it stay here.
 */
@Singleton
public class OutboxMunicipalityAnnouncements implements MunicipalityAnnouncements {

    private final Outbox outbox;

    OutboxMunicipalityAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void described(MunicipalitySettings settings, Instant now) {
        var number = settings.municipality().number();
        var described = new MunicipalityDescribed(number, settings.name(),
            settings.serviceAreas().stream().map(area -> choice(area.code(), area.names())).toList(),
            settings.strategicValues().stream().map(value -> choice(value.code(), value.names())).toList(),
            Arrays.stream(TargetGroup.values()).map(group -> choice(group.code(), group.names())).toList(), now);
        outbox.append(new OutgoingMessage<>(MunicipalityMessages.MUNICIPALITY_DESCRIBED, UUID.randomUUID(), now, number,
            number, described));
    }

    @Override
    public void blocked(Municipality municipality, String personId, Instant now) {
        var number = municipality.number();
        outbox.append(new OutgoingMessage<>(MunicipalityMessages.PERSON_BLOCKED, UUID.randomUUID(), now, number,
            MunicipalityMessages.personBlockId(number, personId), new PersonBlocked(personId, number, now)));
    }

    @Override
    public void unblocked(Municipality municipality, String personId, Instant now) {
        var number = municipality.number();
        outbox.append(new OutgoingMessage<>(MunicipalityMessages.PERSON_UNBLOCKED, UUID.randomUUID(), now, number,
            MunicipalityMessages.personBlockId(number, personId), new PersonUnblocked(personId, number, now)));
    }

    private static NamedChoice choice(String code, ChoiceNames names) {
        return new NamedChoice(code, new Names(names.nb(), names.nn(), names.en()));
    }
}
