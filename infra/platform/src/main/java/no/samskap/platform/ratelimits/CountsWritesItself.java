package no.samskap.platform.ratelimits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a write route that counts its person's write in the transaction that makes it ({@link WriteCounts#countAccepted}),
 * so that it takes one transaction instead of two: {@link PersonWriteLimitFilter} leaves such a route alone. The
 * route then counts only the writes it accepts (ADR 0066); never put it on a route that does not count at all.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CountsWritesItself {
}
