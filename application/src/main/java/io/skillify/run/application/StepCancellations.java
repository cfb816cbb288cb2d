package io.skillify.run.application;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import java.util.List;

/** Tells node types which of their started steps were cancelled with the run, so they release what they hold. */
final class StepCancellations {

    private StepCancellations() {
    }

    static void notify(FindNodeTypeQuery nodeTypes, Run run, List<StepState> changed) {
        for (StepState step : changed) {
            if (step.status() == StepStatus.CANCELLED && step.startedAt() != null) {
                nodeTypes.nodeType(step.type()).ifPresent(type -> type.cancelled(run.id().toString(), step.nodeId()));
            }
        }
    }
}
