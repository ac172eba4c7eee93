package no.samskap.proposals.ideas.persistence;

import jakarta.inject.Singleton;
import no.samskap.proposals.ideas.domain.Municipality;
import no.samskap.proposals.ideas.domain.Population;
import no.samskap.proposals.ideas.domain.Populations;
import org.jooq.DSLContext;

import java.util.Optional;

@Singleton
class JooqPopulations implements Populations {

    private final DSLContext sql;

    JooqPopulations(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Population> of(Municipality municipality) {
        return sql.fetchOptional("select residents from municipality_population where municipality = ?",
            municipality.number()).map(row -> new Population(municipality, row.get(0, Integer.class)));
    }

    @Override
    public void save(Population population) {
        sql.execute("""
                insert into municipality_population (municipality, residents, changed_at) values (?, ?, now())
                on conflict (municipality) do update set residents = excluded.residents, changed_at = excluded.changed_at""",
            population.municipality().number(), population.residents());
    }
}
