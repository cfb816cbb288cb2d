package io.skillify.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every table belongs to one context, and only that context's persistence adapter writes it. A write is a jOOQ
 * {@code insertInto}, {@code update}, {@code deleteFrom}, {@code delete} or {@code mergeInto} call on the same
 * source line as a reference to the generated table class (how {@code db.update(TASKS)} reads); every other
 * reference is a read.
 */
public final class TableRules {

    static final Set<String> WRITES = Set.of("insertInto", "update", "deleteFrom", "delete", "mergeInto");

    private TableRules() {
    }

    /** A reference from a class of one context to the table of another. */
    public record CrossContextUse(String context, String table, String tableContext, boolean write, String where) {
        /** E.g. "run writes ScheduleTicks (automation)". */
        String edge() {
            return context + (write ? " writes " : " reads ") + table + " (" + tableContext + ")";
        }
    }

    /**
     * @param tableOwners the generated table class's name → the context that owns the table
     * @param toleratedEdges writes known when the rule was written ({@link CrossContextUse#edge()})
     */
    public static RingRules.NamedRule onlyTheOwningContextWritesATable(String root, Map<String, String> tableOwners,
            Set<String> toleratedEdges) {
        return new RingRules.NamedRule("tables-written-by-their-context", classes()
                .that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("write only the tables of their own context") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (CrossContextUse use : crossContextUses(root, tableOwners, origin)) {
                            if (use.write() && !toleratedEdges.contains(use.edge())) {
                                events.add(SimpleConditionEvent.violated(origin, origin.getName() + " of context "
                                        + use.context() + " writes " + use.table() + ", a table of context "
                                        + use.tableContext() + ", in " + use.where()));
                            }
                        }
                    }
                })
                .as("[tables-written-by-their-context] a table is inserted into, updated and deleted from by the "
                        + "persistence adapter of the context that owns it only")
                .because("a context's rules hold only if its rows change through its own use cases; ask the "
                        + "owning context through its in-port, or react to its event"));
    }

    public static List<CrossContextUse> crossContextUses(String root, Map<String, String> tableOwners,
            Iterable<JavaClass> classes) {
        List<CrossContextUse> uses = new ArrayList<>();
        classes.forEach(origin -> uses.addAll(crossContextUses(root, tableOwners, origin)));
        return uses;
    }

    private static List<CrossContextUse> crossContextUses(String root, Map<String, String> tableOwners,
            JavaClass origin) {
        Optional<String> context = ContextRules.contextOf(root, origin);
        if (context.isEmpty()) {
            return List.of();
        }
        Set<CrossContextUse> uses = new LinkedHashSet<>();
        for (JavaCodeUnit unit : origin.getCodeUnits()) {
            Set<Integer> writeLines = unit.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTargetOwner().getPackageName().startsWith("org.jooq"))
                    .filter(call -> WRITES.contains(call.getName()))
                    .map(JavaMethodCall::getLineNumber)
                    .collect(Collectors.toSet());
            Set<String> written = unit.getAccessesFromSelf().stream()
                    .filter(access -> writeLines.contains(access.getLineNumber()))
                    .flatMap(access -> tableOf(access, tableOwners).stream())
                    .collect(Collectors.toSet());
            for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                tableOf(access, tableOwners).ifPresent(table -> {
                    String owner = tableOwners.get(table);
                    if (!owner.equals(context.get())) {
                        boolean write = written.contains(table);
                        uses.add(new CrossContextUse(context.get(), simpleName(table), owner, write,
                                origin.getSimpleName() + "." + unit.getName()
                                        + (write ? "" : ":" + access.getLineNumber())));
                    }
                });
            }
        }
        return List.copyOf(uses);
    }

    /** The table class an access is about: a table constant ({@code TASKS}) or a column of it ({@code TASKS.ID}). */
    private static Optional<String> tableOf(JavaAccess<?> access, Map<String, String> tableOwners) {
        if (access instanceof JavaFieldAccess field
                && tableOwners.containsKey(field.getTarget().getRawType().getName())) {
            return Optional.of(field.getTarget().getRawType().getName());
        }
        String owner = access.getTargetOwner().getName();
        return tableOwners.containsKey(owner) ? Optional.of(owner) : Optional.empty();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
