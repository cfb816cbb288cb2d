package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
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
import io.skillify.shared.domain.json.JsonString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A slow step whose lease renewal came late (a busy machine): the database offers the run to this instance's
 * dispatcher again while the instance is still advancing it. Both advances would carry the same owner, so neither
 * would be refused; the dispatcher must not start a second advance of a run it is advancing.
 */
class OneAdvancePerRunTest {

    private static final String TYPE = "test.slow";

    private final RunId id = new RunId(UUID.randomUUID());
    private final CountDownLatch finish = new CountDownLatch(1);
    private final CountDownLatch offeredAgain = new CountDownLatch(3);
    private final AtomicInteger executions = new AtomicInteger();
    private final LapsingLeaseRuns runs = new LapsingLeaseRuns();

    @Test
    void a_run_offered_again_while_its_step_is_in_flight_is_not_advanced_twice() throws Exception {
        EngineSettings settings = new EngineSettings("me", Duration.ofSeconds(30), Duration.ofMillis(10), 4, 4);
        FlowCache flows = new FlowCache((w, a, v) -> Optional.of(FakeAutomations.oneStepFlow(TYPE)));
        RunEngine engine = new RunEngine(runs, flows, type -> Optional.of(new Slow()), Clock.systemUTC(), settings,
                new StepOutputLimit(1024), Supplier::get, event -> {
                });
        RunDispatcher dispatcher = new RunDispatcher(runs, engine, new DirectTransactions(), Clock.systemUTC(), settings);

        dispatcher.start();
        try {
            assertThat(offeredAgain.await(10, TimeUnit.SECONDS)).as("the run was offered again meanwhile").isTrue();
            finish.countDown();
            assertThat(runs.finished.await(10, TimeUnit.SECONDS)).as("the run finished").isTrue();
        } finally {
            finish.countDown();
            dispatcher.stop(Duration.ofSeconds(5));
        }

        assertThat(executions).as("executions of the slow step").hasValue(1);
    }

    private final class Slow implements NodeType {

        @Override
        public NodeTypeDescriptor descriptor() {
            return new NodeTypeDescriptor(TYPE, 1, NodeCategory.FLOW, "waits until the test lets it finish",
                    new JsonObject(Map.of("type", new JsonString("object"))), NodeTypeDescriptor.SINGLE_OUTPUT,
                    RetryPolicy.ONCE, Duration.ofMinutes(1));
        }

        @Override
        public StepResult execute(StepContext context) {
            executions.incrementAndGet();
            try {
                finish.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return StepResult.completed(JsonObject.EMPTY);
        }
    }

    /** Offers the run on every poll until it is saved as ended, as a lease that lapsed would. */
    private final class LapsingLeaseRuns implements RunRepository {

        private final CountDownLatch finished = new CountDownLatch(1);
        private volatile RunStatus status = RunStatus.QUEUED;

        @Override
        public void insert(Run run, String trigger, AccountId createdBy, String leaseOwner, Instant leaseUntil) {
        }

        @Override
        public void wake(RunId run, String nodeId, Instant now) {
        }

        @Override
        public Optional<StoredRun> load(RunId run) {
            return Optional.of(new StoredRun(id, new WorkspaceId(new UUID(0, 1)), new AutomationId(new UUID(0, 2)), 1,
                    JsonObject.EMPTY, null, status, null, Instant.EPOCH, null, null, List.of()));
        }

        @Override
        public Optional<StoredRun> loadForUpdate(RunId run) {
            return load(run);
        }

        @Override
        public boolean saveAndRelease(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner,
                                      Instant nextDue) {
            status = run.status();
            if (status.isTerminal()) {
                finished.countDown();
            }
            return true;
        }

        @Override
        public boolean saveProgress(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner) {
            return true;
        }

        @Override
        public List<RunId> unfinished(WorkspaceId workspace, AutomationId automation) {
            return List.of();
        }

        @Override
        public void saveFinished(Run run, List<StepState> changedSteps, List<PendingLog> logs) {
        }

        @Override
        public List<RunId> claimDue(String owner, Instant now, Duration lease, int limit) {
            if (status.isTerminal()) {
                return List.of();
            }
            if (executions.get() > 0) {
                offeredAgain.countDown();
            }
            return List.of(id);
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
        public void release(RunId run, String owner, Instant nextDue) {
        }
    }
}
