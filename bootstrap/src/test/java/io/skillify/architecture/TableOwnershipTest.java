package io.skillify.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import skillify.jooq.DefaultSchema;

/** Every table of the generated schema belongs to one context, and only that context writes it. */
class TableOwnershipTest {

    static final String NO_CONTEXT = "none";

    /** Table name → owning context. {@code event_publication} is Spring Modulith's outbox (and its archive), kept by the kernel. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("accounts", "identity"),
            Map.entry("api_keys", "identity"),
            Map.entry("workspaces", "workspace"),
            Map.entry("workspace_members", "workspace"),
            Map.entry("automations", "automation"),
            Map.entry("automation_versions", "automation"),
            Map.entry("schedules", "automation"),
            Map.entry("runs", "run"),
            Map.entry("run_steps", "run"),
            Map.entry("run_logs", "run"),
            Map.entry("schedule_ticks", "run"),
            Map.entry("tasks", "worker"),
            Map.entry("workers", "worker"),
            Map.entry("worker_instructions", "worker"),
            Map.entry("retired_workers", "worker"),
            Map.entry("account_directory", "identity"),
            Map.entry("workspace_active_members", "workspace"),
            Map.entry("analytics_inbox", "analytics"),
            Map.entry("analytics_runs_15m", "analytics"),
            Map.entry("analytics_runs_1h", "analytics"),
            Map.entry("analytics_runs_1d", "analytics"),
            Map.entry("analytics_steps_1d", "analytics"),
            Map.entry("analytics_steps_7d", "analytics"),
            Map.entry("analytics_workers", "analytics"),
            Map.entry("analytics_automations", "analytics"),
            Map.entry("analytics_counted_runs", "analytics"),
            Map.entry("analytics_backfill", "analytics"),
            Map.entry("event_publication", "shared"),
            Map.entry("event_publication_archive", "shared"),
            Map.entry("flyway_schema_history", NO_CONTEXT));

    /**
     * Read models a context publishes for the others (views, migration V14): reading them is what they are for, so
     * they are left out of the cross-context read check; only their owner defines them.
     */
    static final Set<String> PUBLISHED_READ_MODELS = Set.of("account_directory", "workspace_active_members");

    /**
     * Reads of another context's tables on main when this test was written ("context reads table (owner)"). No
     * new one may appear; the worker context's reads of accounts and memberships went to the published read models.
     */
    static final Set<String> CROSS_CONTEXT_READS_TODAY = Set.of();

    /**
     * Writes to another context's table tolerated while code moves ("context writes Table (owner)"). Empty:
     * {@code schedule_ticks} records which run a timer tick started (exactly one per tick), so it belongs to the run
     * context that starts the run in the same transaction.
     */
    static final Set<String> CROSS_CONTEXT_WRITES_TODAY = Set.of();

    @Test
    void everyGeneratedTableHasAnOwningContext() {
        Set<String> unowned = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .map(Table::getName)
                .filter(name -> !OWNERS.containsKey(name))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(unowned).as("tables without an owning context: add them to TableOwnershipTest.OWNERS").isEmpty();
    }

    @Test
    void onlyTheOwningContextWritesATable() {
        TableRules.onlyTheOwningContextWritesATable("io.skillify", tableClassOwners(), CROSS_CONTEXT_WRITES_TODAY).rule()
                .check(RingRulesTest.PRODUCTION);
    }

    @Test
    void noNewReadOfAnotherContextsTable() {
        Map<String, String> owners = tableClassOwners(PUBLISHED_READ_MODELS);
        Set<String> reads = TableRules.crossContextUses("io.skillify", owners, RingRulesTest.PRODUCTION)
                .stream()
                .filter(use -> !use.write())
                .map(TableRules.CrossContextUse::edge)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(reads).as("[tables-read-by-their-context] a context reads another context's tables only "
                + "where CROSS_CONTEXT_READS_TODAY lists it, because such a read ties it to a schema it does not "
                + "own; ask the owning context through an in-port or keep a read model fed by its events")
                .isSubsetOf(CROSS_CONTEXT_READS_TODAY);
    }

    @Test
    void aWriteToAnotherContextsTableFailsAndAReadIsReported() {
        Map<String, String> owners = Map.of(
                "archfixtures.r10schema.tables.Invoices", "billing",
                "archfixtures.r10schema.tables.Parcels", "shipping");
        var classes = new ClassFileImporter().importPackages("archfixtures.r10", "archfixtures.r10schema");

        EvaluationResult result = TableRules.onlyTheOwningContextWritesATable("archfixtures.r10", owners, Set.of()).rule()
                .evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("[tables-written-by-their-context]", "because")
                .contains("JooqParcels of context shipping writes Invoices, a table of context billing");
        assertThat(TableRules.crossContextUses("archfixtures.r10", owners, classes))
                .extracting(TableRules.CrossContextUse::write)
                .containsExactlyInAnyOrder(true, false);
    }

    /** The generated table class (e.g. {@code skillify.jooq.tables.Tasks}) → its owning context. */
    private static Map<String, String> tableClassOwners() {
        return tableClassOwners(Set.of());
    }

    private static Map<String, String> tableClassOwners(Set<String> leftOut) {
        return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(table -> OWNERS.containsKey(table.getName()) && !leftOut.contains(table.getName()))
                .collect(Collectors.toMap(table -> table.getClass().getName(), table -> OWNERS.get(table.getName())));
    }
}
