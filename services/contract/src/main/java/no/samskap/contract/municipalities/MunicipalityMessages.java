package no.samskap.contract.municipalities;

import no.samskap.contract.AggregateType;
import no.samskap.contract.MessageType;

/**
 * What is shared about a municipality, whichever service owns it: on {@code samskap.municipalities.municipality} its
 * description (keyed by kommunenummer), on {@code samskap.municipalities.person-block} who may not write in it (keyed
 * by kommunenummer and person, so a person's block and unblock stay in order). The topics name the capability, not
 * today's producer (proposals), so a municipalities service can take them over without consumers changing.
 */
public final class MunicipalityMessages {

    public static final AggregateType MUNICIPALITY = new AggregateType("municipalities", "municipality");
    public static final AggregateType PERSON_BLOCK = new AggregateType("municipalities", "person-block");

    public static final MessageType<MunicipalityDescribed> MUNICIPALITY_DESCRIBED =
        new MessageType<>("municipality-described", 1, MUNICIPALITY, MunicipalityDescribed.class);
    public static final MessageType<PersonBlocked> PERSON_BLOCKED =
        new MessageType<>("person-blocked", 1, PERSON_BLOCK, PersonBlocked.class);
    public static final MessageType<PersonUnblocked> PERSON_UNBLOCKED =
        new MessageType<>("person-unblocked", 1, PERSON_BLOCK, PersonUnblocked.class);

    private MunicipalityMessages() {
    }

    /** The aggregate id of a person's block in a municipality. */
    public static String personBlockId(String municipality, String personId) {
        return municipality + "/" + personId;
    }
}
