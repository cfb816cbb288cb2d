package io.skillify.run.application;

import io.skillify.run.application.port.out.RunRepository.PendingLog;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.StepState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The history entries a save adds besides log lines: one per step status change, and the end of the run. */
final class RunHistory {

    private RunHistory() {
    }

    static List<PendingLog> changes(Run run, List<StepState> changedSteps, Instant now) {
        List<PendingLog> entries = steps(changedSteps, now);
        if (run.status().isTerminal()) {
            entries.add(end(run, now));
        }
        return entries;
    }

    /** One entry per step status change. */
    static List<PendingLog> steps(List<StepState> changedSteps, Instant now) {
        List<PendingLog> entries = new ArrayList<>();
        for (StepState step : changedSteps) {
            entries.add(PendingLog.step(step.finishedAt() != null ? step.finishedAt() : now, step.nodeId(),
                    step.status().name().toLowerCase(Locale.ROOT)));
        }
        return entries;
    }

    /** The end of a finished run. */
    static PendingLog end(Run run, Instant now) {
        return PendingLog.end(now, run.status().name().toLowerCase(Locale.ROOT));
    }
}
