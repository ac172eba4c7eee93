package no.samskap.organisations.security;

import no.samskap.organisations.AssociationFixtures;
import no.samskap.organisations.HelpFixtures;
import no.samskap.organisations.OrganisationsApplication;
import no.samskap.testkit.ApplicationUnderTest;
import no.samskap.testkit.DailyWriteLimit;
import no.samskap.testkit.RealInfrastructure;
import no.samskap.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisations service where Rana allows three writes a person a day: registering an association and offering
 * help count together, and the offer over the limit stores nothing.
 */
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsIT {

    private ApplicationUnderTest organisations;
    private AssociationFixtures associations;
    private HelpFixtures help;

    @BeforeAll
    void start(TestInfrastructure infrastructure) {
        organisations = ApplicationUnderTest.start(OrganisationsApplication.class, infrastructure,
            DailyWriteLimit.of(AssociationFixtures.MUNICIPALITY, 3));
        associations = new AssociationFixtures(organisations.client());
        help = new HelpFixtures(organisations);
    }

    @AfterAll
    void stop() {
        organisations.close();
    }

    @Test
    void countsAssociationsAndOffersOfHelpTogetherAndStoresNothingOfTheOfferOverTheLimit() throws SQLException {
        var person = "organiser-" + UUID.randomUUID();
        var association = associations.registeredBy(person);
        var ownOffer = help.offeredBy(person, null);
        var associationsOffer = help.offeredBy(person, association);
        var offersBefore = organisations.count(offersBy(person));
        var outboxBefore = organisations.count("select count(*) from outbox_message");

        var refusal = organisations.rateLimited(help.offer(person, null));

        assertAll(
            () -> assertNotNull(ownOffer),
            () -> assertNotNull(associationsOffer),
            () -> assertTrue(String.valueOf(refusal.get("detail")).contains("3 changes per 86400 seconds"),
                String.valueOf(refusal.get("detail"))),
            () -> assertEquals(2, offersBefore),
            () -> assertEquals(offersBefore, organisations.count(offersBy(person))),
            () -> assertEquals(outboxBefore, organisations.count("select count(*) from outbox_message")));
    }

    @Test
    void anotherPersonStillOffersHelpWhenOneHasReachedTheLimit() {
        var busy = "busy-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            help.offeredBy(busy, null);
        }
        organisations.rateLimited(help.offer(busy, null));

        assertEquals(201, organisations.statusOf(help.offer("other-" + UUID.randomUUID(), null)));
    }

    private static String offersBy(String person) {
        return "select count(*) from help_offer where offered_by = '" + person + "'";
    }
}
