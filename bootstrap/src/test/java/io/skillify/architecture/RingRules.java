package io.skillify.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The hexagon's rings as ArchUnit rules, written for any root package so that a test can also aim them at
 * deliberately broken samples. Each rule carries its name and its reason, which is what a failing build prints.
 */
public final class RingRules {

    /** Where generated jOOQ code lives (outside {@code io.skillify}, so Modulith does not take it for a context). */
    public static final String GENERATED_JOOQ = "skillify.jooq..";

    private RingRules() {
    }

    public record NamedRule(String name, ArchRule rule) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<NamedRule> forRoot(String root) {
        return List.of(
                domainIsPlainJava(root),
                applicationIsFrameworkFree(root),
                onlyPersistenceAdaptersTouchJooq(root),
                adaptersDoNotDependOnEachOther(root),
                inPortsDoNotDependOnOutPorts(root),
                outPortsDoNotDependOnInPorts(root),
                inAdaptersCallOnlyInPorts(root),
                outAdaptersNeverCallServices(root),
                contextsAreFreeOfCycles(root),
                applicationServicesArePackagePrivate(root));
    }

    public static NamedRule domainIsPlainJava(String root) {
        return new NamedRule("domain-is-plain-java", classes()
                .that().resideInAPackage(root + "..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + "..domain..", "org.jmolecules..")
                .as("[domain-is-plain-java] the domain ring depends on the JDK and domain code only")
                .because("business rules must run and be tested without Spring, jOOQ, Jackson or servlets; move "
                        + "framework code to an adapter and reach it through a port"));
    }

    public static NamedRule applicationIsFrameworkFree(String root) {
        return new NamedRule("application-is-framework-free", classes()
                .that().resideInAPackage(root + "..application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + "..domain..",
                        root + "..application..", "com.fasterxml.uuid..", "tools.jackson.core..",
                        "tools.jackson.databind..", "com.networknt.schema..", "com.dashjoin.jsonata..",
                        "com.flipkart.zjsonpatch..", "com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..",
                        "com.cronutils..", "com.google.re2j..", "com.datadoghq.sketch..")
                .as("[application-is-framework-free] the application ring depends on the JDK, the domain, "
                        + "application code and small non-framework libraries only (UUID generator, Jackson's "
                        + "JSON tree, JSON Schema validator, JSONata, JSON Patch, cron, RE2/J, DDSketch)")
                .because("use cases must not know which web framework, database or broker drives them; declare an "
                        + "out-port and implement it in an adapters-* module"));
    }

    public static NamedRule onlyPersistenceAdaptersTouchJooq(String root) {
        return new NamedRule("only-persistence-touches-jooq", noClasses()
                .that().resideOutsideOfPackages(root + "..adapter.out.persistence..", GENERATED_JOOQ)
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", GENERATED_JOOQ)
                .as("[only-persistence-touches-jooq] only persistence adapters use jOOQ and the generated schema")
                .because("SQL and the schema are the persistence adapter's business; everyone else goes through "
                        + "repository out-ports"));
    }

    public static NamedRule adaptersDoNotDependOnEachOther(String root) {
        return new NamedRule("adapters-are-independent", slices()
                .matching(root + ".*.adapter.(*).(*)..")
                .namingSlices("adapter $1.$2")
                .should().notDependOnEachOther()
                .as("[adapters-are-independent] an adapter (rest, persistence, pusher, …) never uses another kind "
                        + "of adapter")
                .because("adapters meet only through the application ring's ports, so each can be replaced "
                        + "alone"));
    }

    public static NamedRule inPortsDoNotDependOnOutPorts(String root) {
        return new NamedRule("in-ports-ignore-out-ports", noClasses()
                .that().resideInAPackage(root + "..application.port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + "..application.port.out..")
                .as("[in-ports-ignore-out-ports] use-case interfaces and commands do not mention out-ports")
                .because("callers of a use case must not see how it is implemented"));
    }

    public static NamedRule outPortsDoNotDependOnInPorts(String root) {
        return new NamedRule("out-ports-ignore-in-ports", noClasses()
                .that().resideInAPackage(root + "..application.port.out..")
                .should().dependOnClassesThat().resideInAPackage(root + "..application.port.in..")
                .as("[out-ports-ignore-in-ports] out-port interfaces and the types they carry do not mention in-ports")
                .because("an adapter implementing an out-port must not need the use cases' API; put a type both "
                        + "sides share in the domain or in the out-port"));
    }

    /**
     * The shared kernel's application-level values (paging, cursors, ids, the JSON helpers) are open to every ring
     * that may see the application ring; its out-ports are not.
     */
    private static String[] kernelValues(String root) {
        return new String[] {root + ".shared.application", root + ".shared.application.json"};
    }

    public static NamedRule inAdaptersCallOnlyInPorts(String root) {
        return new NamedRule("in-adapters-call-in-ports", noClasses()
                .that().resideInAPackage(root + "..adapter.in..")
                .should().dependOnClassesThat(resideInAPackage(root + "..application..")
                        .and(not(resideInAPackage(root + "..application.port.in..")))
                        .and(not(resideInAnyPackage(kernelValues(root)))))
                .as("[in-adapters-call-in-ports] controllers and listeners reach the application ring through "
                        + "its in-ports (use cases, queries, their commands and views) only, plus domain types and "
                        + "the shared kernel's values")
                .because("an in-port is the one door to a use case; calling a service, an out-port or an engine "
                        + "class directly skips its transaction, its checks and its events"));
    }

    public static NamedRule outAdaptersNeverCallServices(String root) {
        return new NamedRule("out-adapters-implement-out-ports", noClasses()
                .that().resideInAPackage(root + "..adapter.out..")
                // Flyway Java migrations (V<version>__<name>, nested classes included) rewrite stored data in the
                // application's formats, e.g. V20_1 merges step sketches with DurationSketch; no service calls them
                .and().haveNameNotMatching(".*\\.V\\d+(_\\d+)*__[^.]*")
                .should().dependOnClassesThat(resideInAPackage(root + "..application..")
                        .and(not(resideInAPackage(root + "..application.port.out..")))
                        .and(not(resideInAnyPackage(kernelValues(root)))))
                .as("[out-adapters-implement-out-ports] persistence, HTTP and other outbound adapters see the "
                        + "application ring through the out-ports they implement only, plus domain types and the "
                        + "shared kernel's values (Flyway Java migrations excepted)")
                .because("an outbound adapter is called by the application, never the other way round; one that "
                        + "calls a service or a use case makes a loop the rings exist to forbid"));
    }

    /**
     * The {@code @UseCase} classes another package must construct, relative to the root, each with the reason; every
     * other one is package-private.
     */
    static final Map<String, String> PUBLIC_SERVICES = Map.of(
            ".automation.application.nodetype.NodeTypeRegistry",
            "tests and benches of other packages build a registry from the node types they choose",
            ".automation.application.expression.Expressions",
            "the built-in node types (nodetype.builtin) and the worker.task node take it as a constructor argument");

    public static NamedRule applicationServicesArePackagePrivate(String root) {
        List<String> allowed = PUBLIC_SERVICES.keySet().stream().map(suffix -> root + suffix).toList();
        return new NamedRule("application-services-are-package-private", classes()
                .that().areAnnotatedWith(root + ".shared.application.UseCase")
                .and(not(nameMatching(String.join("|", allowed.stream().map(Pattern::quote).toList()))))
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true)
                .as("[application-services-are-package-private] @UseCase services are package-private (exceptions: "
                        + "RingRules.PUBLIC_SERVICES, each with its reason)")
                .because("callers reach a use case through its in-port; a public service invites a controller, "
                        + "listener or another context to call it directly, skipping the port"));
    }

    public static NamedRule contextsAreFreeOfCycles(String root) {
        return new NamedRule("contexts-free-of-cycles", slices()
                .matching(root + ".(*)..")
                .namingSlices("context $1")
                .should().beFreeOfCycles()
                .as("[contexts-free-of-cycles] bounded contexts depend on each other in one direction only")
                .because("a cycle makes two contexts one; let the downstream context listen to the upstream "
                        + "one's events instead"));
    }
}
