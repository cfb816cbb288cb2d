package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.run.application.fakes.FakeAutomations;
import io.skillify.run.application.port.in.EngineSettings;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepOutputLimit;
import io.skillify.run.domain.StepState;
import io.skillify.shared.application.fakes.DirectTransactions;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A run whose progress cannot be stored (the database refuses every write of it) is tried a bounded number of times
 * and then failed with the reason; its step is never executed, since its start could never be committed.
 */
class AdvanceFailuresAreBoundedTest {

    private static final String TYPE = "test.send";

    private final RunId id = new RunId(UUID.randomUUID());
    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    private final AutomationId automation = new AutomationId(UUID.randomUUID());
    private final AtomicInteger sent = new AtomicInteger();
    private final RefusingRuns runs = new RefusingRuns();

    @Test
    void a_run_whose_advance_keeps_failing_is_failed_with_the_reason_and_its_step_is_never_sent() throws Exception {
        EngineSettings settings = new EngineSettings("me", Duration.ofSeconds(30), Duration.ofMillis(20), 4, 4);
        FlowCache flows = new FlowCache((w, a, v) -> Optional.of(FakeAutomations.oneStepFlow(TYPE)));
        RunEngine engine = new RunEngine(runs, flows, type -> Optional.of(new Sender()), Clock.systemUTC(), settings,
                new StepOutputLimit(1024), Supplier::get, event -> {
                });
        RunDispatcher dispatcher = new RunDispatcher(runs, engine, new DirectTransactions(), Clock.systemUTC(), settings);

        dispatcher.start();
        try {
            await("the run was failed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> runs.finalStatus != null);
        } finally {
            dispatcher.stop(Duration.ofSeconds(5));
        }

        assertThat(runs.finalStatus).isEqualTo(RunStatus.FAILED);
        assertThat(runs.finalError).isEqualTo(RunDispatcher.ADVANCE_FAILED).doesNotContain("Exception");
        assertThat(runs.refusedWrites.get()).isEqualTo(RunDispatcher.MAX_FAILED_ADVANCES);
        assertThat(sent).hasValue(0);
    }

    private final class Sender implements NodeType {

        @Override
        public NodeTypeDescriptor descriptor() {
            throw new UnsupportedOperationException("not needed");
        }

        @Override
        public StepResult execute(StepContext context) {
            sent.incrementAndGet();
            return StepResult.completed(JsonObject.EMPTY);
        }
    }

    /** Refuses to store the run's progress, as PostgreSQL refuses text it cannot hold; stores only its failure. */
    private final class RefusingRuns implements RunRepository {

        private final AtomicInteger refusedWrites = new AtomicInteger();
        private volatile Instant due = Instant.EPOCH;
        private volatile RunStatus finalStatus;
        private volatile String finalError;

        @Override
        public void insert(Run run, String trigger, AccountId createdBy, String leaseOwner, Instant leaseUntil) {
        }

        @Override
        public void wake(RunId run, String nodeId, Instant now) {
        }

        @Override
        public Optional<StoredRun> load(RunId run) {
            return Optional.of(new StoredRun(id, workspace, automation, 1, JsonObject.EMPTY, null,
                    finalStatus == null ? RunStatus.QUEUED : finalStatus, finalError, Instant.EPOCH, null, null,
                    List.of()));
        }

        @Override
        public Optional<StoredRun> loadForUpdate(RunId run) {
            return load(run);
        }

        @Override
        public boolean saveAndRelease(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner,
                                      Instant nextDue) {
            if (!RunDispatcher.ADVANCE_FAILED.equals(run.error())) {
                refusedWrites.incrementAndGet();
                throw new IllegalStateException("invalid byte sequence for encoding UTF8: 0x00");
            }
            finalError = run.error();
            finalStatus = run.status();
            return true;
        }

        @Override
        public boolean saveProgress(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner) {
            refusedWrites.incrementAndGet();
            throw new IllegalStateException("invalid byte sequence for encoding UTF8: 0x00");
        }

        @Override
        public List<RunId> unfinished(WorkspaceId workspace, AutomationId automation) {
            return List.of();
        }

        @Override
        public void saveFinished(Run run, List<StepState> changedSteps, List<PendingLog> logs) {
        }

        @Override
        public synchronized List<RunId> claimDue(String owner, Instant now, Duration lease, int limit) {
            if (finalStatus != null || due == null || due.isAfter(now)) {
                return List.of();
            }
            due = null;
            return new ArrayList<>(List.of(id));
        }

        @Override
        public boolean renewLease(RunId run, String owner, Instant until) {
            return true;
        }

        @Override
        public boolean claimTick(WorkspaceId workspace, AutomationId automation, Instant tick, RunId run) {
            return false;
        }

        @Override
        public synchronized void release(RunId run, String owner, Instant nextDue) {
            due = nextDue == null ? Instant.MAX : nextDue;
        }
    }
}
