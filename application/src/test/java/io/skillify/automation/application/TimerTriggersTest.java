package io.skillify.automation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.application.nodetype.NodeTypeRegistry;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The timer machinery serves any trigger type that fires on a timer, not only cron schedules. */
class TimerTriggersTest {

    private static final Instant SAVED = Instant.parse("2026-12-07T10:00:00.300Z");

    /** Fires every {@code seconds} seconds since the epoch; no latest-tick function (the stored due time fires). */
    static final class EverySeconds implements TriggerType {

        @Override
        public NodeTypeDescriptor descriptor() {
            return new NodeTypeDescriptor("test.every", 1, NodeCategory.TRIGGER, "Fires every n seconds",
                    JsonObject.EMPTY, NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(5));
        }

        @Override
        public TriggerFiring firing() {
            return TriggerFiring.TIMER;
        }

        @Override
        public String runLabel() {
            return "every";
        }

        @Override
        public Optional<Instant> nextFireAfter(JsonObject data, Instant after) {
            long seconds = ((JsonNumber) data.get("seconds").orElseThrow()).value().longValue();
            return Optional.of(Instant.ofEpochSecond((after.getEpochSecond() / seconds + 1) * seconds));
        }
    }

    private final List<DueSchedule> stored = new ArrayList<>();
    private final NodeTypeRegistry registry = new NodeTypeRegistry(List.of(new EverySeconds()));
    private final ScheduleService service = new ScheduleService(new Rows(), registry);

    private DueSchedule every(long seconds, Instant nextFireAt) {
        DueSchedule schedule = new DueSchedule(new WorkspaceId(UUID.randomUUID()), new AutomationId(UUID.randomUUID()),
                1, "test.every", new JsonObject(Map.of("seconds", JsonNumber.of(seconds))),
                new JsonObject(Map.of("from", new JsonString("timer"))), SAVED, nextFireAt);
        stored.add(schedule);
        return schedule;
    }

    @Test
    void aContributedTimerTriggerFiresItsDueTimeAndMovesToItsNextFireTime() {
        DueSchedule schedule = every(10, Instant.parse("2026-12-07T10:00:10Z"));
        Instant now = Instant.parse("2026-12-07T10:00:10.200Z");

        assertThat(service.takeTick(schedule, now, Duration.ofMinutes(2)))
                .contains(Instant.parse("2026-12-07T10:00:10Z"));
        assertThat(stored.getLast().nextFireAt()).isEqualTo(Instant.parse("2026-12-07T10:00:20Z"));
    }

    @Test
    void aTimerOfATriggerTypeThatIsGoneIsRefusedAsNotComputable() {
        DueSchedule gone = new DueSchedule(new WorkspaceId(UUID.randomUUID()), new AutomationId(UUID.randomUUID()), 1,
                "test.removed", JsonObject.EMPTY, JsonObject.EMPTY, SAVED, SAVED);

        assertThatThrownBy(() -> service.takeTick(gone, SAVED, Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.removed");
    }

    @Test
    void aTriggerCategoryNodeTypeThatSaysNotHowItFiresStopsTheRegistry() {
        NodeType plain = new NodeType() {
            @Override
            public NodeTypeDescriptor descriptor() {
                return new NodeTypeDescriptor("test.plain", 1, NodeCategory.TRIGGER, "Never fires", JsonObject.EMPTY,
                        NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(5));
            }

            @Override
            public StepResult execute(StepContext context) {
                return StepResult.completed(context.input());
            }
        };

        assertThatThrownBy(() -> new NodeTypeRegistry(List.of(plain)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.plain")
                .hasMessageContaining("TriggerType");
    }

    private final class Rows implements ScheduleRepository {

        @Override
        public void put(DueSchedule schedule) {
            stored.add(schedule);
        }

        @Override
        public void remove(WorkspaceId workspace, AutomationId automation) {
            stored.removeIf(row -> row.automation().equals(automation));
        }

        @Override
        public List<DueSchedule> due(Instant now, int limit) {
            return stored.stream().filter(row -> !row.nextFireAt().isAfter(now)).limit(limit).toList();
        }

        @Override
        public boolean moveNextFire(DueSchedule schedule, Instant next) {
            stored.add(new DueSchedule(schedule.workspace(), schedule.automation(), schedule.version(),
                    schedule.triggerType(), schedule.data(), schedule.input(), schedule.notBefore(), next));
            return true;
        }
    }
}
