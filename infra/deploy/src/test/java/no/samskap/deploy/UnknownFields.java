package no.samskap.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where a typed model holds fields it does not know: fabric8 keeps a misspelt field ({@code readinesProbe}) in the
 * object's additional properties instead of refusing it, and Kubernetes would drop it without a word.
 */
final class UnknownFields {

    private static final String MODEL = "io.fabric8.kubernetes.api.model";

    private UnknownFields() {
    }

    static List<String> in(Object model) {
        var found = new ArrayList<String>();
        walk(model, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> items) {
            var index = 0;
            for (var item : items) {
                walk(item, path + "[" + index++ + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> walk(item, path + "." + key, found));
            return;
        }
        if (value == null || !value.getClass().getName().startsWith(MODEL)) {
            return;
        }
        Arrays.stream(value.getClass().getMethods())
            .filter(UnknownFields::isGetter)
            .forEach(getter -> {
                var property = propertyName(getter);
                var child = call(getter, value);
                if ("additionalProperties".equals(property)) {
                    ((Map<?, ?>) child).keySet().forEach(name -> found.add(path + "." + name));
                } else {
                    walk(child, path + "." + property, found);
                }
            });
    }

    private static boolean isGetter(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
            && method.getName().startsWith("get") && !method.getName().equals("getClass")
            && method.getDeclaringClass().getName().startsWith(MODEL);
    }

    private static String propertyName(Method getter) {
        var name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object call(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not read " + getter + ": " + e.getMessage(), e);
        }
    }
}
