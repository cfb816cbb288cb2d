package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.fakes.FakeAutomations;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.RunStarted;
import io.skillify.run.domain.event.RunStepsChanged;
import io.skillify.shared.application.fakes.DirectTransactions;
import io.skillify.shared.application.fakes.RecordedEvents;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A step save announces its step changes ({@code run:step} for realtime) only when the engine is told someone
 * listens: otherwise a save that raises nothing else stays one statement outside any transaction (ADR 0010, 0016).
 */
class StepChangesAreAnnouncedOnlyWhenAskedTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final RecordedEvents events = new RecordedEvents();
    private final DirectTransactions transactions = new DirectTransactions();

    @Test
    void unannounced_aStepSaveThatRaisesNothingOpensNoTransaction() {
        AnnouncedSaves saves = new AnnouncedSaves(transactions, events, false);
        Run run = startedRun();
        run.takeEvents();

        assertThat(saves.save(run, run.takeChangedSteps(), NOW, () -> true)).isTrue();

        assertThat(transactions.opened()).isZero();
        assertThat(events.all()).isEmpty();
    }

    @Test
    void announced_everyStepSaveCommitsItsChangesWithItsStatement_startBeforeStepsBeforeEnd() {
        AnnouncedSaves saves = new AnnouncedSaves(transactions, events, true);
        Run run = startedRun();

        List<StepState> started = run.takeChangedSteps();
        saves.save(run, started, NOW, () -> true);
        run.succeedStep("step", JsonObject.EMPTY, null, NOW.plusSeconds(1));
        saves.save(run, run.takeChangedSteps(), NOW.plusSeconds(1), () -> true);

        assertThat(transactions.opened()).isEqualTo(2);
        assertThat(events.all()).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("RunStarted", "RunStepsChanged", "RunStepsChanged", "RunFinished");
        assertThat(events.of(RunStepsChanged.class)).flatExtracting(RunStepsChanged::changes)
                .extracting(RunStepsChanged.Change::status).containsExactly(StepStatus.RUNNING, StepStatus.SUCCEEDED);
        assertThat(events.of(RunStarted.class)).hasSize(1);
        assertThat(events.of(RunFinished.class)).hasSize(1);
    }

    @Test
    void aSaveRefusedBecauseTheLeaseWasLostAnnouncesNothing() {
        AnnouncedSaves saves = new AnnouncedSaves(transactions, events, true);
        Run run = startedRun();

        assertThat(saves.save(run, run.takeChangedSteps(), NOW, () -> false)).isFalse();

        assertThat(events.all()).isEmpty();
    }

    private static Run startedRun() {
        Run run = Run.queue(new RunId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
                new AutomationId(UUID.randomUUID()), 1, FakeAutomations.oneStepFlow(), JsonObject.EMPTY, null, NOW);
        run.runnable(NOW);
        run.startStep("step", NOW);
        return run;
    }
}
