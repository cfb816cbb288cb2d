package io.skillify.automation.application;

import static io.skillify.automation.application.AutomationUseCases.NOW;
import static io.skillify.automation.application.AutomationUseCases.flowStartingWith;
import static io.skillify.automation.application.AutomationUseCases.manualFlow;
import static io.skillify.automation.application.AutomationUseCases.webhookFlow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.application.port.in.ChangeAutomationUseCase.ChangeAutomationCommand;
import io.skillify.automation.application.port.in.CreateAutomationUseCase.CreateAutomationCommand;
import io.skillify.automation.application.port.in.SaveFlowUseCase.SaveFlowCommand;
import io.skillify.automation.domain.AutomationDescription;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.AutomationName;
import io.skillify.automation.domain.FlowVersion;
import io.skillify.automation.domain.StaleVersionException;
import io.skillify.automation.domain.event.AutomationCreated;
import io.skillify.automation.domain.event.AutomationDeleted;
import io.skillify.automation.domain.event.AutomationRenamed;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, changing, saving flows of, and deleting automations, against in-memory ports. */
class AutomationRulesTest {

    private final AutomationUseCases app = new AutomationUseCases();

    @Test
    void anInvalidFlowIsRefusedWithThePathsOfItsProblemsAndNothingIsStored() {
        AutomationId automation = app.automation("orders");
        JsonValue invalid = flowStartingWith("no.such.type", "{}");

        assertThatThrownBy(() -> app.save.save(new SaveFlowCommand(app.workspace, automation, app.actor, invalid,
                null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(Problem::path).isNotEmpty().allSatisfy(path -> assertThat(path).startsWith("nodes")));
        assertThat(app.automations.versionsOf(automation)).isEmpty();
        assertThat(app.current.currentVersion(app.workspace, automation)).isZero();
    }

    @Test
    void creatingWithAnInvalidFlowCreatesNothing() {
        assertThatThrownBy(() -> app.automation("orders", flowStartingWith("no.such.type", "{}")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(app.automations.count()).isZero();
        assertThat(app.events.all()).isEmpty();
    }

    @Test
    void creatingWithAFlowSavesItAsVersionOne() {
        AutomationView created = app.create.create(new CreateAutomationCommand(app.workspace, app.actor,
                new AutomationName("orders"), null, manualFlow()));

        assertThat(created.currentVersion()).isEqualTo(1);
        assertThat(created.flow()).isEqualTo(manualFlow());
        assertThat(created.enabled()).isTrue();
        assertThat(app.events.all()).containsExactly(new AutomationCreated(app.workspace, created.id(), "orders",
                app.actor));
    }

    @Test
    void eachSaveMakesANewVersionAndEarlierVersionsStayAsTheyWere() {
        AutomationId automation = app.automation("orders", manualFlow());

        FlowVersionView second = app.save.save(new SaveFlowCommand(app.workspace, automation, app.actor,
                webhookFlow(), null));

        assertThat(second.version()).isEqualTo(2);
        assertThat(app.automations.versionsOf(automation)).extracting(FlowVersion::version).containsExactly(1, 2);
        assertThat(app.version.version(app.workspace, automation, 1).flow()).isEqualTo(manualFlow());
        assertThat(app.version.version(app.workspace, automation, 2).flow()).isEqualTo(webhookFlow());
        assertThat(app.versions.versions(app.workspace, automation, PageRequest.first()).items())
                .extracting(FlowVersionView::version).containsExactly(2, 1);
        assertThat(app.current.currentVersion(app.workspace, automation)).isEqualTo(2);
        assertThat(app.load.flow(app.workspace, automation, 1)).get()
                .satisfies(flow -> assertThat(flow.nodes().getFirst().type()).isEqualTo("trigger.manual"));
    }

    @Test
    void aSaveAgainstAStaleVersionIsAConflictNamingTheCurrentVersion() {
        AutomationId automation = app.automation("orders", manualFlow());
        app.save.save(new SaveFlowCommand(app.workspace, automation, app.actor, manualFlow(), 1));

        assertThatThrownBy(() -> app.save.save(new SaveFlowCommand(app.workspace, automation, app.actor,
                webhookFlow(), 1)))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        stale -> assertThat(stale.extras()).containsEntry("currentVersion", 2));
        assertThat(app.automations.versionsOf(automation)).hasSize(2);
    }

    @Test
    void aMissingVersionIsNotFound() {
        AutomationId automation = app.automation("orders", manualFlow());

        assertThatThrownBy(() -> app.version.version(app.workspace, automation, 2))
                .isInstanceOf(NotFoundException.class).hasMessage("Version not found");
        assertThat(app.load.flow(app.workspace, automation, 2)).isEmpty();
    }

    @Test
    void renamingPublishesAutomationRenamed() {
        AutomationId automation = app.automation("orders");

        AutomationView renamed = app.change.change(new ChangeAutomationCommand(app.workspace, automation,
                new AutomationName("invoices"), null, null));

        assertThat(renamed.name()).isEqualTo("invoices");
        assertThat(app.events.of(AutomationRenamed.class)).containsExactly(
                new AutomationRenamed(app.workspace, automation, "orders", "invoices", NOW));
    }

    @Test
    void aChangeThatKeepsTheNamePublishesNoRename() {
        AutomationId automation = app.automation("orders");

        AutomationView changed = app.change.change(new ChangeAutomationCommand(app.workspace, automation,
                new AutomationName("orders"), new AutomationDescription("all of them"), false));

        assertThat(changed.description()).isEqualTo("all of them");
        assertThat(changed.enabled()).isFalse();
        assertThat(app.events.of(AutomationRenamed.class)).isEmpty();
    }

    @Test
    void deletingPublishesAutomationDeletedAndTheAutomationIsGone() {
        AutomationId automation = app.automation("orders", manualFlow());

        app.delete.delete(app.workspace, automation, app.actor);

        assertThat(app.events.of(AutomationDeleted.class)).containsExactly(
                new AutomationDeleted(app.workspace, automation, "orders", app.actor, NOW));
        assertThat(app.automations.isDeleted(automation)).isTrue();
        assertThatThrownBy(() -> app.get.automation(app.workspace, automation)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.current.currentVersion(app.workspace, automation))
                .isInstanceOf(NotFoundException.class);
        assertThat(app.list.automations(app.workspace, null, PageRequest.first()).items()).isEmpty();
    }

    @Test
    void theWebhookTokenIsShownOnlyWhileTheFlowStartsWithAWebhookTrigger() {
        AutomationId withoutFlow = app.automation("no flow");
        AutomationId manual = app.automation("manual", manualFlow());
        AutomationId webhook = app.automation("webhook", webhookFlow());

        assertThat(app.get.automation(app.workspace, withoutFlow).webhookToken()).isNull();
        assertThat(app.get.automation(app.workspace, manual).webhookToken()).isNull();
        assertThat(app.get.automation(app.workspace, webhook).webhookToken()).matches("[0-9a-f]{64}");
        assertThat(app.list.automations(app.workspace, null, PageRequest.first()).items())
                .extracting(AutomationView::webhookToken).containsOnlyNulls();

        app.save.save(new SaveFlowCommand(app.workspace, webhook, app.actor, manualFlow(), null));
        assertThat(app.get.automation(app.workspace, webhook).webhookToken()).isNull();
    }

    @Test
    void rotatingTheTokenReplacesItAndTheOldOneNoLongerStartsAnything() {
        AutomationId automation = app.automation("webhook", webhookFlow());
        String old = app.get.automation(app.workspace, automation).webhookToken();
        assertThat(app.webhookTarget.target(automation, old)).isPresent();

        String rotated = app.rotate.rotateWebhookToken(app.workspace, automation).webhookToken();

        assertThat(rotated).isNotEqualTo(old).matches("[0-9a-f]{64}");
        assertThat(app.webhookTarget.target(automation, old)).isEmpty();
        assertThat(app.webhookTarget.target(automation, rotated)).get()
                .satisfies(target -> assertThat(target.workspace()).isEqualTo(app.workspace))
                .satisfies(target -> assertThat(target.version()).isEqualTo(1))
                .satisfies(target -> assertThat(target.trigger()).isEqualTo("webhook"));
    }

    @Test
    void aWebhookStartsNothingWhenTheAutomationIsDisabledOrItsFlowStartsOtherwise() {
        AutomationId webhook = app.automation("webhook", webhookFlow());
        String token = app.get.automation(app.workspace, webhook).webhookToken();
        AutomationId manual = app.automation("manual", manualFlow());
        String manualToken = app.automations.stored(manual).orElseThrow().webhookToken().value();

        app.change.change(new ChangeAutomationCommand(app.workspace, webhook, null, null, false));

        assertThat(app.webhookTarget.target(webhook, token)).isEmpty();
        assertThat(app.webhookTarget.target(manual, manualToken)).isEmpty();
    }

    @Test
    void anotherWorkspacesAutomationIsNotFoundAndUntouched() {
        AutomationId automation = app.automation("orders", webhookFlow());
        WorkspaceId other = new WorkspaceId(UUID.randomUUID());

        assertThatThrownBy(() -> app.get.automation(other, automation)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.change.change(new ChangeAutomationCommand(other, automation,
                new AutomationName("mine"), null, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.save.save(new SaveFlowCommand(other, automation, app.actor, manualFlow(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.rotate.rotateWebhookToken(other, automation))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.delete.delete(other, automation, app.actor))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.versions.versions(other, automation, PageRequest.first()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.version.version(other, automation, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.current.currentVersion(other, automation)).isInstanceOf(NotFoundException.class);
        assertThat(app.list.automations(other, null, PageRequest.first()).items()).isEmpty();

        AutomationView unchanged = app.get.automation(app.workspace, automation);
        assertThat(unchanged.name()).isEqualTo("orders");
        assertThat(unchanged.currentVersion()).isEqualTo(1);
        assertThat(app.events.of(AutomationRenamed.class)).isEmpty();
        assertThat(app.events.of(AutomationDeleted.class)).isEmpty();
    }

    @Test
    void theListSearchesNamesIgnoringCaseAndShowsNoFlow() {
        app.automation("Nightly orders", manualFlow());
        app.automation("invoices");

        assertThat(app.list.automations(app.workspace, "  ORDERS ", PageRequest.first()).items())
                .singleElement()
                .satisfies(found -> assertThat(found.name()).isEqualTo("Nightly orders"))
                .satisfies(found -> assertThat(found.flow()).isNull());
        assertThat(app.list.automations(app.workspace, " ", PageRequest.first()).items()).hasSize(2);
    }

    @Test
    void aScheduledFlowKeepsATimerOnlyWhileTheAutomationIsEnabledAndLive() {
        AutomationId automation = app.automation("nightly", flowStartingWith("trigger.schedule",
                "{\"cron\": \"0 2 * * *\"}"));
        assertThat(app.schedules.of(automation)).get()
                .satisfies(timer -> assertThat(timer.version()).isEqualTo(1));

        app.change.change(new ChangeAutomationCommand(app.workspace, automation, null, null, false));
        assertThat(app.schedules.of(automation)).isEmpty();

        app.change.change(new ChangeAutomationCommand(app.workspace, automation, null, null, true));
        assertThat(app.schedules.of(automation)).isPresent();

        app.save.save(new SaveFlowCommand(app.workspace, automation, app.actor, manualFlow(), null));
        assertThat(app.schedules.of(automation)).as("the flow no longer starts on a timer").isEmpty();

        app.save.save(new SaveFlowCommand(app.workspace, automation, app.actor,
                flowStartingWith("trigger.schedule", "{\"cron\": \"0 2 * * *\"}"), null));
        app.delete.delete(app.workspace, automation, app.actor);
        assertThat(app.schedules.of(automation)).isEmpty();
    }
}
