package no.samskap.testkit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Starts the named Micronaut application once for the test class, on {@link RealInfrastructure}, and stops it after
 * the class: inject {@link ApplicationUnderTest} into a {@code @BeforeAll} method or a test method.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealInfrastructure
@ExtendWith(ServiceUnderTestExtension.class)
public @interface ServiceUnderTest {

    /** The application's main class, such as {@code ProposalsApplication.class}. */
    Class<?> value();
}
