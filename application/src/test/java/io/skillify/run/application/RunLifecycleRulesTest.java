package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.fakes.FakeAutomations;
import io.skillify.run.application.port.in.RetryRunUseCase.From;
import io.skillify.run.application.port.out.RunRepository.StoredRun;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retrying, cancelling and reading runs, against in-memory ports. */
class RunLifecycleRulesTest {

    private final RunUseCases app = new RunUseCases();
    private final AccountId actor = new AccountId(UUID.randomUUID());
    private final AutomationId automation = app.automations.add(app.workspace, 1);

    @Test
    void anUnfinishedRunCannotBeRetried() {
        StoredRun running = app.storedRun(automation, RunStatus.RUNNING, List.of());

        assertThatThrownBy(() -> app.retry.retry(app.workspace, running.id(), actor, From.START))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not finished");
    }

    @Test
    void onlyAFailedRunCanBeRetriedFromItsFailedStep() {
        StoredRun succeeded = app.storedRun(automation, RunStatus.SUCCEEDED, List.of());

        assertThatThrownBy(() -> app.retry.retry(app.workspace, succeeded.id(), actor, From.FAILED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("retry from start");
    }

    @Test
    void aRetryFromTheFailedStepKeepsTheSucceededStepsAndPointsAtTheOriginal() {
        StepState done = new StepState("step", FakeAutomations.STEP_TYPE, StepStatus.SUCCEEDED, 1, JsonObject.EMPTY,
                null, null, RunUseCases.NOW.minusSeconds(50), RunUseCases.NOW.minusSeconds(40), null);
        StoredRun failed = app.storedRun(automation, RunStatus.FAILED, List.of(done));

        RunView retry = app.retry.retry(app.workspace, failed.id(), actor, From.FAILED);

        assertThat(retry.retryOf()).isEqualTo(failed.id());
        assertThat(retry.trigger()).isEqualTo("retry");
        assertThat(retry.steps()).extracting(StepState::nodeId).containsExactly("step");
    }

    @Test
    void aRetryFromStartRunsEveryStepAgain() {
        StepState done = new StepState("step", FakeAutomations.STEP_TYPE, StepStatus.SUCCEEDED, 1, JsonObject.EMPTY,
                null, null, RunUseCases.NOW.minusSeconds(50), RunUseCases.NOW.minusSeconds(40), null);
        StoredRun failed = app.storedRun(automation, RunStatus.FAILED, List.of(done));

        assertThat(app.retry.retry(app.workspace, failed.id(), actor, From.START).steps()).isEmpty();
    }

    @Test
    void aRunOfAnotherWorkspaceCannotBeRetriedNorCancelled() {
        StoredRun failed = app.storedRun(automation, RunStatus.FAILED, List.of());
        WorkspaceId other = new WorkspaceId(UUID.randomUUID());

        assertThatThrownBy(() -> app.retry.retry(other, failed.id(), actor, From.START))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.cancel.cancel(other, failed.id(), actor)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void cancellingARunEndsItWithAWarningNamingWhoDidItAndAnnouncesTheEnd() {
        StoredRun queued = app.storedRun(automation, RunStatus.QUEUED, List.of());

        RunView cancelled = app.cancel.cancel(app.workspace, queued.id(), actor);

        assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(app.runs.historyOf(queued.id())).first()
                .satisfies(line -> assertThat(line.message()).isEqualTo("Run cancelled by " + actor));
        assertThat(app.events.of(RunFinished.class)).singleElement()
                .satisfies(end -> assertThat(end.status()).isEqualTo(RunStatus.CANCELLED));
    }

    @Test
    void aFinishedRunCannotBeCancelled() {
        StoredRun succeeded = app.storedRun(automation, RunStatus.SUCCEEDED, List.of());

        assertThatThrownBy(() -> app.cancel.cancel(app.workspace, succeeded.id(), actor))
                .isInstanceOf(ConflictException.class);
        assertThat(app.events.all()).isEmpty();
    }

    @Test
    void deletingAnAutomationCancelsItsUnfinishedRunsAndLeavesFinishedOnesAlone() {
        StoredRun waiting = app.storedRun(automation, RunStatus.RUNNING, List.of());
        StoredRun succeeded = app.storedRun(automation, RunStatus.SUCCEEDED, List.of());
        AutomationId other = app.automations.add(app.workspace, 1);
        StoredRun ofOther = app.storedRun(other, RunStatus.QUEUED, List.of());

        app.cancelOfDeleted.automationDeleted(app.workspace, automation, actor);

        assertThat(statusOf(waiting.id())).isEqualTo(RunStatus.CANCELLED);
        assertThat(app.runs.historyOf(waiting.id())).first().satisfies(line ->
                assertThat(line.message()).isEqualTo("Run cancelled: its automation was deleted by " + actor));
        assertThat(statusOf(succeeded.id())).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(statusOf(ofOther.id())).isEqualTo(RunStatus.QUEUED);
    }

    @Test
    void theLogsOfAnUnknownRunAreNotFound() {
        assertThatThrownBy(() -> app.logs.logs(app.workspace, new RunId(UUID.randomUUID()), 0, 10))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRunsOfAnUnknownAutomationAreNotFound() {
        AutomationId unknown = new AutomationId(UUID.randomUUID());

        assertThatThrownBy(() -> app.list.runs(app.workspace, unknown, null, null, null, PageRequest.first()))
                .isInstanceOf(NotFoundException.class);
    }

    private RunStatus statusOf(RunId id) {
        return app.runs.stored(id).orElseThrow().status();
    }
}
