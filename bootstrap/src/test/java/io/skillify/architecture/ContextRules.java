package io.skillify.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which bounded context may use which, as one map checked by ArchUnit; written for any root package so that a
 * test can aim it at a broken sample. A context is the first package below the root; classes directly in the root
 * (the application class and its wiring) belong to none and may use all.
 */
public final class ContextRules {

    private ContextRules() {
    }

    public static RingRules.NamedRule contextsUseOnlyWhatTheMapAllows(String root, Map<String, Set<String>> allowed) {
        return new RingRules.NamedRule("contexts-follow-the-map", classes()
                .that().resideInAPackage(root + "..")
                .should(useOnlyAllowedContexts(root, allowed))
                .as("[contexts-follow-the-map] a context uses only the contexts the map in ContextDependenciesTest "
                        + "allows it (docs/architecture.md says the same)")
                .because("every edge between contexts is a design decision: add it to the map and the docs "
                        + "deliberately, or reach the other context through an event it publishes"));
    }

    /** The context of a class below the root, or empty for the root's own classes and classes outside it. */
    static Optional<String> contextOf(String root, JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static ArchCondition<JavaClass> useOnlyAllowedContexts(String root, Map<String, Set<String>> allowed) {
        return new ArchCondition<>("use only the contexts the map allows") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> from = contextOf(root, origin);
                if (from.isEmpty()) {
                    return;
                }
                if (!allowed.containsKey(from.get())) {
                    events.add(SimpleConditionEvent.violated(origin, "context " + from.get() + " of "
                            + origin.getName() + " is not in the map of allowed dependencies"));
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> to = contextOf(root, dependency.getTargetClass());
                    if (to.isPresent() && !to.get().equals(from.get()) && !allowed.get(from.get()).contains(to.get())) {
                        events.add(SimpleConditionEvent.violated(dependency, "context " + from.get() + " may not use "
                                + to.get() + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }
}
