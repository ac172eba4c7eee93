package no.samskap.platform.privacy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every {@link PersonalData} part of this deployable, exported together or erased together. */
@Singleton
@Requires(beans = javax.sql.DataSource.class)
public class PersonalDataParts {

    private final List<PersonalData> parts;
    private final TransactionOperations<Connection> transactions;

    PersonalDataParts(List<PersonalData> parts, TransactionOperations<Connection> transactions) {
        this.parts = parts.stream().sorted(Comparator.comparing(PersonalData::part)).toList();
        this.transactions = transactions;
        requireDistinctNames();
    }

    /** Each part's export by its name, read in one transaction so the parts agree with each other. */
    public Map<String, Map<String, Object>> export(String subjectId) {
        return transactions.executeRead(status -> {
            var exported = new LinkedHashMap<String, Map<String, Object>>();
            parts.forEach(part -> exported.put(part.part(), part.export(subjectId)));
            return exported;
        });
    }

    /** Erases the person from every part, in the caller's transaction. */
    public int erase(String subjectId) {
        parts.forEach(part -> part.erase(subjectId));
        return parts.size();
    }

    private void requireDistinctNames() {
        var names = parts.stream().map(PersonalData::part).distinct().count();
        if (names != parts.size()) {
            throw new IllegalStateException("Two PersonalData parts share a name: " + parts.stream()
                .map(PersonalData::part).toList());
        }
    }
}
