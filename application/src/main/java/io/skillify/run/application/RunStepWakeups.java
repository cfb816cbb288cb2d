package io.skillify.run.application;

import io.skillify.automation.domain.nodetype.StepWakeups;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.RunId;
import io.skillify.shared.application.UseCase;
import java.time.Clock;
import java.util.UUID;

/** Makes a waiting step due now, so that the next poll of any engine instance resumes its run. */
@UseCase
class RunStepWakeups implements StepWakeups {

    private final RunRepository runs;
    private final Clock clock;

    RunStepWakeups(RunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void wake(String runId, String nodeId) {
        runs.wake(new RunId(UUID.fromString(runId)), nodeId, clock.instant());
    }
}
