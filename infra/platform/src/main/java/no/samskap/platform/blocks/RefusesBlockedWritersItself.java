package no.samskap.platform.blocks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a write route that asks whether its person is blocked inside the transaction that writes, and refuses with
 * {@link BlockedWriterRefusal}: {@link BlockedPersonWrites} leaves such a route alone instead of asking a second time
 * in a transaction of its own. Only for a route whose own check is the one that counts (a block committed while the
 * write runs must still hide what it publishes), never to let a write through.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RefusesBlockedWritersItself {
}
