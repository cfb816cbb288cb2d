package io.skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.shared.domain.ConflictException;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.worker.domain.event.TaskCreated;
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
        private final List<TaskCreated> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        public void on(TaskCreated created) {
            received.add(created);
        }

        public List<TaskCreated> received() {
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
                "select count(*) from event_publication where serialized_event like ? and completion_date is not null",
                Long.class, "%" + committed + "%")).isEqualTo(1));
        assertThat(receivedIn(refused)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Long.class, "%" + refused + "%")).isZero();
    }

    private List<TaskCreated> receivedIn(UUID workspace) {
        return consumer.received().stream().filter(created -> created.workspaceId().value().equals(workspace)).toList();
    }
}
