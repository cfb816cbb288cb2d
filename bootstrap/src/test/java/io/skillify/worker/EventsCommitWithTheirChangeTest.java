package io.skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;


import io.skillify.automation.domain.event.AutomationDeleted;
import io.skillify.automation.domain.event.AutomationRenamed;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.RunStarted;
import io.skillify.run.domain.event.StepOutcome;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.worker.domain.event.TaskClaimed;
import io.skillify.worker.domain.event.TaskCompleted;
import io.skillify.worker.domain.event.TaskCreated;
import io.skillify.worker.domain.event.WorkerEnded;
import io.skillify.worker.domain.event.WorkerProgressed;
import io.skillify.worker.domain.event.WorkerStarted;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The event publication registry is the outbox: an event is recorded with the change that caused it and delivered
 * to an {@link ApplicationModuleListener} (as realtime and analytics will consume events) after that change commits,
 * exactly once; an event whose transaction rolls back leaves no trace and is never delivered.
 */
@Import({EventsCommitWithTheirChangeTest.Veto.class, EventsCommitWithTheirChangeTest.Consumer.class})
class EventsCommitWithTheirChangeTest extends IntegrationTest {

    /**
     * Fails the use case's transaction after it published its event, for the workspaces a test names: a plain
     * listener runs inside the publisher's transaction, as a later step of the use case would.
     */
    @TestConfiguration
    static class Veto {
        final Set<UUID> workspaces = ConcurrentHashMap.newKeySet();

        @EventListener
        void on(TaskCreated created) {
            if (workspaces.contains(created.workspaceId().value())) {
                throw new ConflictException("The test refuses tasks in this workspace");
            }
        }
    }

    /**
     * A consumer as realtime and analytics will write them: after commit, asynchronously, from the outbox. The bean
     * is a proxy (asynchronous, transactional), so what it received is read through a method.
     */
    @TestConfiguration
    static class Consumer {
        private final List<DomainEvent> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        public void on(DomainEvent event) {
            received.add(event);
        }

        public List<DomainEvent> received() {
            return List.copyOf(received);
        }
    }

    @Autowired
    Veto veto;

    @Autowired
    Consumer consumer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEventOfARolledBackTransactionIsNeverRecordedNorDelivered_aCommittedOneIsDeliveredOnce() {
        Caller owner = newAccount("outbox-owner");
        UUID refused = newWorkspace(owner);
        UUID accepted = newWorkspace(owner);
        veto.workspaces.add(refused);

        ApiResponse rolledBack = owner.api().post("/api/tasks", Map.of("workspaceId", refused.toString(),
                "title", "never happens"));
        assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(409);
        assertThat(owner.api().get("/api/" + refused + "/tasks").data().size()).isZero();

        String committed = WorkerProtocolTest.createTask(owner, accepted, "happens", 0, List.of());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receivedIn(accepted))
                .extracting(created -> created.taskId().value().toString()).containsExactly(committed));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from event_publication_archive where serialized_event like ?"
                        + " and completion_date is not null",
                Long.class, "%" + committed + "%")).isEqualTo(1));
        assertThat(receivedIn(refused)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type = ?"
                + " and serialized_event like ?", Long.class, TaskCreated.class.getName(), "%" + refused + "%"))
                .isZero();
    }

    private List<TaskCreated> receivedIn(UUID workspace) {
        return received(TaskCreated.class).stream()
                .filter(created -> created.workspaceId().value().equals(workspace)).toList();
    }

    private <E extends DomainEvent> List<E> received(Class<E> type) {
        return consumer.received().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aWorkersLifeReachesConsumersOnceEach_withStatusTimesCostAndTurns() {
        Caller owner = newAccount("events-owner");
        UUID workspace = newWorkspace(owner);
        String taskId = WorkerProtocolTest.createTask(owner, workspace, "lifecycle", 0, List.of());
        String workerId = WorkerProtocolTest.claim(owner, Map.of("workspaceId", workspace.toString(), "maxTasks", 1))
                .getFirst().get("id").asString();
        owner.api().patch("/api/workers/" + workerId, Map.of("status", "running"));
        owner.api().patch("/api/workers/" + workerId, Map.of("progress", 50, "costUsd", 0.5, "turns", 4));
        ApiResponse done = owner.api().patch("/api/workers/" + workerId,
                Map.of("status", "completed", "costUsd", 1.25, "turns", 9));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(ofTask(TaskCompleted.class, taskId)).singleElement()
                    .satisfies(completed -> assertThat(completed.finishedAt()).isNotNull());
            assertThat(ofWorker(WorkerEnded.class, workerId)).singleElement().satisfies(ended -> {
                assertThat(ended.status()).isEqualTo(WorkerStatus.COMPLETED);
                assertThat(ended.costUsd()).isEqualByComparingTo("1.25");
                assertThat(ended.turns()).isEqualTo(9);
                assertThat(ended.accountId().value()).isEqualTo(owner.id());
                assertThat(ended.startedAt()).isNotNull();
                assertThat(ended.endedAt()).isNotNull();
            });
        });
        assertThat(ofTask(TaskCreated.class, taskId)).hasSize(1);
        assertThat(ofTask(TaskClaimed.class, taskId)).singleElement()
                .satisfies(claimed -> assertThat(claimed.workerId().value().toString()).isEqualTo(workerId));
        assertThat(ofWorker(WorkerStarted.class, workerId)).hasSize(1);
        assertThat(ofWorker(WorkerProgressed.class, workerId)).extracting(WorkerProgressed::status,
                WorkerProgressed::progress).containsExactly(tuple(WorkerStatus.RUNNING, 0),
                tuple(WorkerStatus.RUNNING, 50));
        assertThat(ofWorker(WorkerProgressed.class, workerId).getLast().costUsd()).isEqualByComparingTo("0.5");
    }

    @Test
    void aRunAnnouncesItsStartAndItsEndWithStepOutcomes_andAutomationsTheirNewNameAndDeletion() {
        Caller owner = newAccount("events-runner");
        UUID workspace = newWorkspace(owner);
        ApiResponse created = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "Nightly",
                "flow", Map.of("nodes", List.of(
                                Map.of("id", "start", "type", "trigger.manual", "position", Map.of("x", 0, "y", 0),
                                        "data", Map.of()),
                                Map.of("id", "say", "type", "notify.log", "position", Map.of("x", 0, "y", 0),
                                        "data", Map.of("message", "hello"))),
                        "edges", List.of(Map.of("id", "e1", "source", "start", "target", "say")))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String automation = created.data().get("id").asString();
        ApiResponse started = owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String runId = started.data().get("id").asString();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(received(RunFinished.class).stream()
                .filter(finished -> finished.runId().value().toString().equals(runId))).singleElement()
                .satisfies(finished -> {
                    assertThat(finished.status()).isEqualTo(RunStatus.SUCCEEDED);
                    assertThat(finished.automationId().value().toString()).isEqualTo(automation);
                    assertThat(finished.version()).isEqualTo(1);
                    assertThat(finished.durationMs()).isEqualTo(
                            Duration.between(finished.startedAt(), finished.finishedAt()).toMillis());
                    assertThat(finished.steps()).extracting(StepOutcome::nodeId, StepOutcome::type,
                            StepOutcome::status, StepOutcome::attempts).containsExactly(
                            tuple("start", "trigger.manual", StepStatus.SUCCEEDED, 1),
                            tuple("say", "notify.log", StepStatus.SUCCEEDED, 1));
                }));
        assertThat(received(RunStarted.class).stream()
                .filter(runStarted -> runStarted.runId().value().toString().equals(runId))).hasSize(1);

        assertThat(owner.api().patch("/api/" + workspace + "/automations/" + automation,
                Map.of("name", "Weekly")).status()).isEqualTo(200);
        assertThat(owner.api().delete("/api/" + workspace + "/automations/" + automation).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(received(AutomationRenamed.class).stream()
                    .filter(renamed -> renamed.automationId().value().toString().equals(automation)))
                    .singleElement().satisfies(renamed -> {
                        assertThat(renamed.previousName()).isEqualTo("Nightly");
                        assertThat(renamed.name()).isEqualTo("Weekly");
                    });
            assertThat(received(AutomationDeleted.class).stream()
                    .filter(deleted -> deleted.automationId().value().toString().equals(automation)))
                    .singleElement().satisfies(deleted -> {
                        assertThat(deleted.name()).isEqualTo("Weekly");
                        assertThat(deleted.workspaceId().value()).isEqualTo(workspace);
                    });
        });
    }

    private <E extends DomainEvent> List<E> ofTask(Class<E> type, String taskId) {
        return received(type).stream().filter(event -> event.toString().contains(taskId)).toList();
    }

    private <E extends DomainEvent> List<E> ofWorker(Class<E> type, String workerId) {
        return received(type).stream().filter(event -> event.toString().contains(workerId)).toList();
    }
}
