package no.samskap.gateway.shell.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route (or every route of a controller) that asks a service behind the gateway, so the OpenAPI document says
 * it may answer what the service answers (409 for a write) and 503 when the service does not answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CallsAService {
}
