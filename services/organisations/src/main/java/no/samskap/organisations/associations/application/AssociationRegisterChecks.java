package no.samskap.organisations.associations.application;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import no.samskap.contract.OrganisationNumber;
import no.samskap.organisations.associations.domain.AssociationId;
import no.samskap.organisations.associations.domain.Associations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Asks Enhetsregisteret about an association after its registration is stored, again later when that failed, and
 * whenever the register's update feed names its number. A failed lookup leaves the association unchecked and
 * changes nothing else; the registration never waits for the register (ADR 0031).
 */
@Singleton
public class AssociationRegisterChecks implements KnownOrganisationNumbers {

    private static final Logger LOG = LoggerFactory.getLogger(AssociationRegisterChecks.class);
    private static final int DUE_PER_RUN = 50;

    private final Register register;
    private final Associations associations;
    private final AssociationChecks checks;
    private final RegisterCheckSchedule schedule;
    private final RegisterRetries retries;
    private final ExecutorService executor;
    private final Clock clock;

    AssociationRegisterChecks(Register register, Associations associations, AssociationChecks checks,
                              RegisterCheckSchedule schedule, RegisterRetries retries,
                              @Named(TaskExecutors.IO) ExecutorService executor, Clock clock) {
        this.register = register;
        this.associations = associations;
        this.checks = checks;
        this.schedule = schedule;
        this.retries = retries;
        this.executor = executor;
        this.clock = clock;
    }

    /** Checks the association in the background; call it after the registration committed. */
    public void checkSoon(AssociationId association) {
        executor.execute(() -> check(association));
    }

    /** Asks the register now; true when it answered. */
    public boolean check(AssociationId id) {
        var association = associations.find(id);
        if (association.isEmpty()) {
            return false;
        }
        try {
            checks.record(id, register.lookUp(association.get().organisationNumber()));
            schedule.succeeded(id);
            return true;
        } catch (Register.RegisterUnavailable unavailable) {
            var failures = schedule.failed(id, clock.instant(), retries);
            LOG.info("Enhetsregisteret did not answer for association {} ({} failures in a row): {}", id, failures,
                unavailable.getMessage());
            return false;
        }
    }

    /** Retries the unchecked associations whose next attempt is due. */
    @Scheduled(fixedDelay = "${samskap.enhetsregisteret.retry-every:1m}",
        initialDelay = "${samskap.enhetsregisteret.retry-first-after:30s}")
    public void retryDue() {
        schedule.due(clock.instant(), DUE_PER_RUN).forEach(this::check);
    }

    @Override
    public Set<OrganisationNumber> knownAmong(Set<OrganisationNumber> numbers) {
        return schedule.knownAmong(numbers);
    }

    /** Throws when the register does not answer, so the feed follower reads the same page again next time. */
    @Override
    public void recheck(OrganisationNumber number) {
        checks.recordFor(number, register.lookUp(number));
    }
}
