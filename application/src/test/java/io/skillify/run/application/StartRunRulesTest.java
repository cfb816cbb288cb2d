package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.run.application.port.in.StartRunUseCase.StartRunCommand;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Starting runs by hand, by webhook and by schedule, against in-memory ports. */
class StartRunRulesTest {

    private final RunUseCases app = new RunUseCases();
    private final AccountId actor = new AccountId(UUID.randomUUID());

    @Test
    void anAutomationWithoutASavedFlowCannotRun() {
        AutomationId automation = app.automations.add(app.workspace, 0);

        assertThatThrownBy(() -> app.start.start(command(automation, null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no flow yet");
        assertThat(app.runs.all()).isEmpty();
    }

    @Test
    void aVersionNewerThanTheCurrentOneIsNotFound() {
        AutomationId automation = app.automations.add(app.workspace, 2);

        assertThatThrownBy(() -> app.start.start(command(automation, null, 3))).isInstanceOf(NotFoundException.class);
        assertThat(app.runs.all()).isEmpty();
    }

    @Test
    void anAutomationOfAnotherWorkspaceIsNotFound() {
        AutomationId elsewhere = new RunUseCases().automations.add(app.workspace, 1);

        assertThatThrownBy(() -> app.start.start(command(elsewhere, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRunStartsQueuedOnTheCurrentVersionRecordingWhoStartedItByHand() {
        AutomationId automation = app.automations.add(app.workspace, 3);

        RunView run = app.start.start(command(automation, null, null));

        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.version()).isEqualTo(3);
        assertThat(run.trigger()).isEqualTo("manual");
        assertThat(app.runs.triggerOf(run.id())).isEqualTo("manual");
        assertThat(app.runs.creatorOf(run.id())).isEqualTo(actor);
    }

    @Test
    void anEarlierVersionCanBeRunOnRequest() {
        AutomationId automation = app.automations.add(app.workspace, 3);

        assertThat(app.start.start(command(automation, null, 1)).version()).isEqualTo(1);
    }

    @Test
    void aRunWithoutInputGetsAnEmptyObject() {
        AutomationId automation = app.automations.add(app.workspace, 1);

        RunView run = app.start.start(command(automation, null, null));

        assertThat(run.input()).isEqualTo(JsonObject.EMPTY);
    }

    @Test
    void anInputTheTriggerRefusesStartsNoRun() {
        AutomationId automation = app.automations.add(app.workspace, 1);
        JsonObject bad = new JsonObject(Map.of("n", new JsonString("x")));
        app.automations.refuseInput(bad);

        assertThatThrownBy(() -> app.start.start(command(automation, bad, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(app.runs.all()).isEmpty();
    }

    @Test
    void aWebhookWithAWrongTokenIsNotFoundAndStartsNothing() {
        AutomationId automation = app.automations.addWithWebhook(app.workspace, 1, "secret", "webhook");

        assertThatThrownBy(() -> app.webhook.start(automation, "guess", null)).isInstanceOf(NotFoundException.class);
        assertThat(app.runs.all()).isEmpty();
    }

    @Test
    void aWebhookRunIsLabelledByItsTriggerAndHasNoCreator() {
        AutomationId automation = app.automations.addWithWebhook(app.workspace, 2, "secret", "webhook");

        var id = app.webhook.start(automation, "secret", null);

        assertThat(app.runs.triggerOf(id)).isEqualTo("webhook");
        assertThat(app.runs.creatorOf(id)).isNull();
        assertThat(app.runs.stored(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aScheduleTickStartsOneRunLabelledScheduleWhenItsTriggerTypeIsUnknown() {
        AutomationId automation = app.automations.add(app.workspace, 1);
        Instant tick = RunUseCases.NOW;

        app.scheduled.fireScheduled(due(automation), () -> Optional.of(tick));

        assertThat(app.runs.all()).singleElement()
                .satisfies(run -> assertThat(app.runs.triggerOf(run.id())).isEqualTo("schedule"));
    }

    @Test
    void aTickAnotherInstanceRecordedFirstStartsNoRun() {
        AutomationId automation = app.automations.add(app.workspace, 1);
        Instant tick = RunUseCases.NOW;
        app.runs.tickTakenElsewhere(app.workspace, automation, tick);

        app.scheduled.fireScheduled(due(automation), () -> Optional.of(tick));

        assertThat(app.runs.all()).isEmpty();
    }

    @Test
    void aScheduleWithNoTickToTakeStartsNoRun() {
        AutomationId automation = app.automations.add(app.workspace, 1);

        app.scheduled.fireScheduled(due(automation), Optional::empty);

        assertThat(app.runs.all()).isEmpty();
    }

    private StartRunCommand command(AutomationId automation, JsonObject input, Integer version) {
        return new StartRunCommand(app.workspace, automation, actor, input, version);
    }

    private DueSchedule due(AutomationId automation) {
        return new DueSchedule(app.workspace, automation, 1, "trigger.unknown", JsonObject.EMPTY, JsonObject.EMPTY,
                RunUseCases.NOW, RunUseCases.NOW);
    }
}
