package no.samskap.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A class of gateway module {@code module} names no table another module created, in any string it holds: its
 * SQL, and the table names it gives jOOQ. Every other module's tables are reached through that module's messages
 * or its own read model, never by SQL.
 */
final class SqlOnOwnTables extends ArchCondition<JavaClass> {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String module;
    private final ModuleTables tables;

    SqlOnOwnTables(String module, ModuleTables tables) {
        super("name only tables that module " + module + "'s own migrations create");
        this.module = module;
        this.tables = tables;
    }

    @Override
    public void check(JavaClass javaClass, ConditionEvents events) {
        javaClass.getSource().ifPresent(source -> StringConstants.of(source.getUri()).stream()
            .filter(Objects::nonNull)
            .flatMap(text -> WORD.matcher(text).results().map(word -> word.group()))
            .distinct()
            .forEach(word -> tables.ownerOf(word)
                .filter(owner -> !owner.equals(module))
                .ifPresent(owner -> events.add(SimpleConditionEvent.violated(javaClass,
                    javaClass.getName() + " names table " + word + " of gateway module " + owner)))));
    }
}
