package io.skillify.run.application;

import io.skillify.run.application.port.in.CompareRunsQuery;
import io.skillify.run.application.port.in.GetRunQuery;
import io.skillify.run.application.port.in.RunComparison;
import io.skillify.run.application.port.in.RunComparison.StepDiff;
import io.skillify.run.application.port.in.RunComparison.StepSide;
import io.skillify.run.domain.view.RunView;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.StepState;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

@UseCase
class RunComparer implements CompareRunsQuery {

    private final GetRunQuery runs;

    RunComparer(GetRunQuery runs) {
        this.runs = runs;
    }

    @Override
    public RunComparison compare(WorkspaceId workspace, RunId baseId, RunId headId) {
        RunView base = runs.run(workspace, baseId);
        RunView head = runs.run(workspace, headId);
        Map<String, StepState> baseSteps = byNode(base.steps());
        Map<String, StepState> headSteps = byNode(head.steps());
        Set<String> nodes = new LinkedHashSet<>(baseSteps.keySet());
        nodes.addAll(headSteps.keySet());
        List<StepDiff> steps = new ArrayList<>();
        for (String node : nodes) {
            StepState b = baseSteps.get(node);
            StepState h = headSteps.get(node);
            steps.add(new StepDiff(node, side(b), side(h),
                    b == null || h == null || b.status() != h.status(),
                    delta(b == null ? null : millis(b.startedAt(), b.finishedAt()),
                            h == null ? null : millis(h.startedAt(), h.finishedAt())),
                    patch(b == null ? null : b.output(), h == null ? null : h.output())));
        }
        Long baseMs = millis(base.startedAt(), base.finishedAt());
        Long headMs = millis(head.startedAt(), head.finishedAt());
        return new RunComparison(
                new RunComparison.Side(base.id(), base.status(), base.version(), baseMs),
                new RunComparison.Side(head.id(), head.status(), head.version(), headMs),
                base.version() != head.version() || !base.automationId().equals(head.automationId()),
                delta(baseMs, headMs), steps);
    }

    private static Map<String, StepState> byNode(List<StepState> steps) {
        Map<String, StepState> byNode = new LinkedHashMap<>();
        steps.forEach(step -> byNode.put(step.nodeId(), step));
        return byNode;
    }

    private static StepSide side(StepState step) {
        return step == null ? null : new StepSide(step.status(), millis(step.startedAt(), step.finishedAt()));
    }

    /** The RFC 6902 patch from one output to the other, in time linear in their size ({@link LinearJsonDiff}). */
    static JsonValue patch(JsonValue from, JsonValue to) {
        return LinearJsonDiff.between(Objects.requireNonNullElse(from, JsonNull.INSTANCE),
                Objects.requireNonNullElse(to, JsonNull.INSTANCE));
    }

    private static Long millis(Instant start, Instant end) {
        return start == null || end == null ? null : Duration.between(start, end).toMillis();
    }

    private static Long delta(Long base, Long head) {
        return base == null || head == null ? null : head - base;
    }
}
