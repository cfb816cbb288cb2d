package io.skillify.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The exact graph of which context may use which. {@code shared} is the kernel every context may use; a new
 * context, or a new edge, is added here and in docs/architecture.md on purpose.
 */
class ContextDependenciesTest {

    static final String SHARED = "shared";

    static final Map<String, Set<String>> ALLOWED = Map.of(
            SHARED, Set.of(),
            "analytics", Set.of("automation", "run", "worker", "workspace", SHARED),
            "identity", Set.of(SHARED),
            "workspace", Set.of(SHARED),
            "automation", Set.of("workspace", SHARED),
            "run", Set.of("automation", "workspace", SHARED),
            "worker", Set.of("automation", "workspace", "identity", SHARED),
            "realtime", Set.of("automation", "run", "worker", "workspace", SHARED));

    @Test
    void productionContextsUseOnlyWhatTheMapAllows() {
        ContextRules.contextsUseOnlyWhatTheMapAllows("io.skillify", ALLOWED).rule().check(RingRulesTest.PRODUCTION);
    }

    @Test
    void anEdgeTheMapDoesNotAllowFailsNamingTheRuleAndTheEdge() {
        EvaluationResult result = ContextRules.contextsUseOnlyWhatTheMapAllows("archfixtures.r6",
                Map.of("billing", Set.of(), "shipping", Set.of("billing")))
                .rule().evaluate(new ClassFileImporter().importPackages("archfixtures.r6"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("[contexts-follow-the-map]", "because", "context billing may not use shipping")
                .doesNotContain("context shipping may not use");
    }

    @Test
    void aContextMissingFromTheMapFails() {
        EvaluationResult result = ContextRules.contextsUseOnlyWhatTheMapAllows("archfixtures.r6",
                Map.of("shipping", Set.of("billing")))
                .rule().evaluate(new ClassFileImporter().importPackages("archfixtures.r6"));

        assertThat(result.getFailureReport().toString()).contains("context billing of archfixtures.r6.billing.Invoice "
                + "is not in the map");
    }

    @Test
    void aSampleThatFollowsItsMapPasses() {
        EvaluationResult result = ContextRules.contextsUseOnlyWhatTheMapAllows("archfixtures.modulith.good",
                Map.of("billing", Set.of(), "shipping", Set.of("billing")))
                .rule().evaluate(new ClassFileImporter().importPackages("archfixtures.modulith.good"));

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void theArchitectureDocumentStatesTheMap() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "architecture.md"));

        assertThat(doc.replaceAll("\\s+", " ")).as("docs/architecture.md must state the map of "
                + "ContextDependenciesTest.ALLOWED in this sentence").contains(sentence());
    }

    /** E.g. "`run` → `automation`, `workspace`; …; every context may use `shared`." */
    static String sentence() {
        String edges = new TreeSet<>(ALLOWED.keySet()).stream()
                .filter(context -> ALLOWED.get(context).stream().anyMatch(target -> !target.equals(SHARED)))
                .map(context -> "`" + context + "` → " + new TreeSet<>(ALLOWED.get(context)).stream()
                        .filter(target -> !target.equals(SHARED))
                        .map(target -> "`" + target + "`")
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        Set<String> standalone = new TreeSet<>(ALLOWED.keySet());
        standalone.removeIf(context -> context.equals(SHARED)
                || ALLOWED.get(context).stream().anyMatch(target -> !target.equals(SHARED)));
        return "Contexts may depend on each other only so: " + edges + "; "
                + standalone.stream().map(c -> "`" + c + "`").collect(Collectors.joining(" and "))
                + " use no other context; every context may use `shared`, which uses none.";
    }
}
