package no.samskap.platform.municipalities;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import no.samskap.contract.EnvelopeCodec;
import no.samskap.contract.MunicipalityNumber;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** This service's copy of every municipality's description, as its owner last published it. */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class KnownMunicipalities {

    private final DSLContext sql;
    private final TransactionOperations<Connection> transactions;

    KnownMunicipalities(DSLContext sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    public Optional<MunicipalityDescribed> find(MunicipalityNumber municipality) {
        return transactions.executeRead(status -> sql.fetchOptional(
                "select envelope from municipality_copy where municipality = ?", municipality.value())
            .map(row -> EnvelopeCodec.payload(EnvelopeCodec.fromJson(row.get(0, String.class)),
                MunicipalityMessages.MUNICIPALITY_DESCRIBED)));
    }

    /** Every municipality its owner has described, in no particular order. */
    public List<MunicipalityDescribed> all() {
        return transactions.executeRead(status -> sql.fetch("select envelope from municipality_copy").stream()
            .map(row -> EnvelopeCodec.payload(EnvelopeCodec.fromJson(row.get(0, String.class)),
                MunicipalityMessages.MUNICIPALITY_DESCRIBED))
            .toList());
    }

    /** The municipality's name, or its number while its owner has not named it (or not yet been heard from). */
    public String nameOf(MunicipalityNumber municipality) {
        return find(municipality).map(MunicipalityDescribed::name).orElse(municipality.value());
    }
}
