package no.samskap.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.Map;

/**
 * Hands a test class the application its {@link ServiceUnderTest} names, started on the class's own
 * {@link TestInfrastructure}, and stops it before that infrastructure's schemas are dropped.
 */
final class ServiceUnderTestExtension implements ParameterResolver, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(ServiceUnderTestExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ApplicationUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var testClass = context.getRequiredTestClass();
        var application = testClass.getAnnotation(ServiceUnderTest.class).value();
        return RealInfrastructureExtension.classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(testClass,
            key -> ApplicationUnderTest.start(application, RealInfrastructureExtension.forClass(context), Map.of()),
            ApplicationUnderTest.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var application = context.getStore(NAMESPACE).remove(context.getRequiredTestClass(), ApplicationUnderTest.class);
        if (application != null) {
            application.close();
        }
    }
}
