package no.samskap.platform.municipalities;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This service's copy of every municipality's description, as its owner last published it. Pages ask for a name
 * several times a request and descriptions change a few times a year, so the copy is read whole into memory and
 * read again when this instance applies a description ({@link MunicipalityCopy}) and, for a description another
 * instance of the deployable applied, at the latest a second later ({@code samskap.municipalities.read-again-after}).
 */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class KnownMunicipalities {

    private final DSLContext sql;
    private final TransactionOperations<Connection> transactions;
    private final long readAgainAfterNanos;
    private volatile Copy copy;

    KnownMunicipalities(DSLContext sql, TransactionOperations<Connection> transactions,
                        @Value("${samskap.municipalities.read-again-after:1s}") Duration readAgainAfter) {
        this.sql = sql;
        this.transactions = transactions;
        this.readAgainAfterNanos = readAgainAfter.toNanos();
    }

    public Optional<MunicipalityDescribed> find(MunicipalityNumber municipality) {
        return Optional.ofNullable(current().byNumber.get(municipality.value()));
    }

    /** Every municipality its owner has described, in no particular order. */
    public List<MunicipalityDescribed> all() {
        return current().all;
    }

    /** The municipality's name, or its number while its owner has not named it (or not yet been heard from). */
    public String nameOf(MunicipalityNumber municipality) {
        return find(municipality).map(MunicipalityDescribed::name).orElse(municipality.value());
    }

    /** The copy in the database changed: the next question reads it again. */
    void forget() {
        copy = null;
    }

    private Copy current() {
        var known = copy;
        if (known == null || System.nanoTime() - known.readAt > readAgainAfterNanos) {
            known = read();
            copy = known;
        }
        return known;
    }

    private Copy read() {
        var readAt = System.nanoTime();
        return new Copy(readAt, transactions.executeRead(status -> sql.fetch("select envelope from municipality_copy")
            .map(row -> EnvelopeCodec.payload(EnvelopeCodec.fromJson(row.get(0, String.class)),
                MunicipalityMessages.MUNICIPALITY_DESCRIBED))));
    }

    /** The copy as read, once as a list for {@link #all()} and once by number for {@link #find}. */
    private record Copy(long readAt, List<MunicipalityDescribed> all, Map<String, MunicipalityDescribed> byNumber) {

        Copy(long readAt, List<MunicipalityDescribed> all) {
            this(readAt, List.copyOf(all), all.stream()
                .collect(Collectors.toUnmodifiableMap(MunicipalityDescribed::municipality, Function.identity())));
        }
    }
}
