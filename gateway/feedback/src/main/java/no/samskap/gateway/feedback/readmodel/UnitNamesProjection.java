package no.samskap.gateway.feedback.readmodel;

import jakarta.inject.Singleton;
import no.samskap.contract.AggregateType;
import no.samskap.contract.Envelope;
import no.samskap.contract.municipalities.MunicipalityDescribed;
import no.samskap.contract.municipalities.MunicipalityMessages;
import no.samskap.platform.consumption.HandlersByType;
import no.samskap.platform.consumption.MessageHandler;
import org.jooq.DSLContext;

/** The service units each municipality names: its service areas, as the latest description lists them. */
@Singleton
class UnitNamesProjection implements MessageHandler {

    private final DSLContext sql;
    private final HandlersByType handlers;

    UnitNamesProjection(DSLContext sql) {
        this.sql = sql;
        this.handlers = HandlersByType.of(MunicipalityMessages.MUNICIPALITY)
            .on(MunicipalityMessages.MUNICIPALITY_DESCRIBED, this::described)
            .build();
    }

    @Override
    public AggregateType source() {
        return handlers.source();
    }

    @Override
    public void forgetEverything() {
        sql.execute("delete from feedback_unit");
    }

    @Override
    public void handle(Envelope envelope) {
        handlers.dispatch(envelope);
    }

    private void described(Envelope envelope, MunicipalityDescribed described) {
        sql.execute("delete from feedback_unit where municipality = ?", described.municipality());
        var position = 0;
        for (var area : described.serviceAreas()) {
            var names = area.names();
            sql.execute("""
                    insert into feedback_unit (municipality, code, name_nb, name_nn, name_en, position)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                described.municipality(), area.code(), names.nb(), names.nn(), names.en(), position++);
        }
    }
}
