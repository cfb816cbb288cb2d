package io.skillify.run.application;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.run.application.fakes.FakeAutomations;
import io.skillify.run.application.fakes.InMemoryRunRepository;
import io.skillify.run.application.port.in.EngineSettings;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepOutputLimit;
import io.skillify.run.domain.StepState;
import io.skillify.run.application.port.out.RunRepository.StoredRun;
import io.skillify.shared.application.fakes.DirectTransactions;
import io.skillify.shared.application.fakes.RecordedEvents;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The run context's use cases wired to in-memory fakes of their ports: no Spring, no database, no engine loop
 * (the dispatcher is never started, so every new run is left to be claimed).
 */
final class RunUseCases {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final InMemoryRunRepository runs = new InMemoryRunRepository();
    final FakeAutomations automations = new FakeAutomations();
    final RecordedEvents events = new RecordedEvents();
    final DirectTransactions transactions = new DirectTransactions();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final FindNodeTypeQuery nodeTypes = type -> Optional.empty();
    final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());

    private final FlowCache flows = new FlowCache(automations);
    private final EngineSettings settings = new EngineSettings("test", Duration.ofSeconds(30), Duration.ofSeconds(1),
            1, 1);
    private final RunDispatcher dispatcher = new RunDispatcher(runs, new RunEngine(runs, flows, nodeTypes, clock,
            settings, new StepOutputLimit(1024), transactions, events), transactions, clock, settings);

    final StartRunService start = new StartRunService(runs, automations, automations, flows, dispatcher,
            transactions, clock);
    final StartRunFromWebhookService webhook = new StartRunFromWebhookService(runs, automations, automations, flows,
            dispatcher, transactions, clock);
    final ScheduledRunService scheduled = new ScheduledRunService(runs, flows, nodeTypes, dispatcher, transactions,
            clock);
    final RetryRunService retry = new RetryRunService(runs, automations, flows, dispatcher, transactions, clock);
    final CancelRunService cancel = new CancelRunService(runs, runs, flows, dispatcher, transactions, events,
            nodeTypes, clock);
    final CancelAutomationRunsService cancelOfDeleted = new CancelAutomationRunsService(runs, flows, dispatcher,
            events, nodeTypes, clock);
    final ListRunsService list = new ListRunsService(runs, automations);
    final RunLogsService logs = new RunLogsService(runs);

    /** Stores a run of {@code automation} (version 1) that has reached {@code status} with these steps. */
    StoredRun storedRun(AutomationId automation, RunStatus status, List<StepState> steps) {
        StoredRun run = new StoredRun(new RunId(UUID.randomUUID()), workspace, automation, 1, JsonObject.EMPTY, null,
                status, status == RunStatus.FAILED ? "it broke" : null, NOW.minusSeconds(60), NOW.minusSeconds(59),
                status.isTerminal() ? NOW.minusSeconds(30) : null, steps);
        runs.add(run);
        return run;
    }
}
