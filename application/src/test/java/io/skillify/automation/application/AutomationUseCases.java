package io.skillify.automation.application;

import io.skillify.automation.application.fakes.InMemoryAutomations;
import io.skillify.automation.application.fakes.InMemorySchedules;
import io.skillify.automation.application.nodetype.NodeTypeRegistry;
import io.skillify.automation.application.nodetype.builtin.ManualTrigger;
import io.skillify.automation.application.nodetype.builtin.ScheduleTrigger;
import io.skillify.automation.application.nodetype.builtin.WebhookTrigger;
import io.skillify.automation.application.port.in.CreateAutomationUseCase.CreateAutomationCommand;
import io.skillify.automation.application.port.in.ScheduleSettings;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.AutomationName;
import io.skillify.automation.domain.flow.FlowLimits;
import io.skillify.shared.application.fakes.DirectTransactions;
import io.skillify.shared.application.fakes.RecordedEvents;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The automation context's use cases wired to in-memory fakes of their ports and the real node-type registry with
 * the three built-in triggers: no Spring, no database.
 */
final class AutomationUseCases {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** Immutable once built, and its schemas are compiled once: shared by every test. */
    private static final NodeTypeRegistry CATALOG = new NodeTypeRegistry(List.of(new ManualTrigger(),
            new WebhookTrigger(), new ScheduleTrigger(ScheduleSettings.DEFAULT, CLOCK)));

    final InMemoryAutomations automations = new InMemoryAutomations();
    final InMemorySchedules schedules = new InMemorySchedules();
    final RecordedEvents events = new RecordedEvents();
    final DirectTransactions transactions = new DirectTransactions();
    final Clock clock = CLOCK;
    final SecureRandom random = new SecureRandom();
    final NodeTypeRegistry catalog = CATALOG;
    final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    final AccountId actor = new AccountId(UUID.randomUUID());

    final CreateAutomationService create = new CreateAutomationService(automations, automations, catalog,
            FlowLimits.DEFAULT, transactions, events, random, clock, schedules);
    final ChangeAutomationService change = new ChangeAutomationService(automations, automations, catalog,
            transactions, events, clock, schedules);
    final DeleteAutomationService delete = new DeleteAutomationService(automations, catalog, transactions, events,
            clock, schedules);
    final GetAutomationService get = new GetAutomationService(automations, catalog);
    final ListAutomationsService list = new ListAutomationsService(automations);
    final RotateWebhookTokenService rotate = new RotateWebhookTokenService(automations, automations, catalog,
            transactions, random, clock);
    final SaveFlowService save = new SaveFlowService(automations, catalog, FlowLimits.DEFAULT, transactions, clock,
            schedules);
    final ListFlowVersionsService versions = new ListFlowVersionsService(automations);
    final GetFlowVersionService version = new GetFlowVersionService(automations);
    final LoadFlowVersionService load = new LoadFlowVersionService(automations);
    final CurrentVersionService current = new CurrentVersionService(automations);
    final WebhookTargetService webhookTarget = new WebhookTargetService(automations, catalog);

    /** A flow of one trigger node of {@code triggerType} with {@code data} (JSON). */
    static JsonValue flowStartingWith(String triggerType, String data) {
        return JsonDocuments.parseTrusted("""
                {"nodes": [{"id": "start", "type": "%s", "data": %s, "position": {"x": 0, "y": 0}}], "edges": []}"""
                .formatted(triggerType, data));
    }

    static JsonValue manualFlow() {
        return flowStartingWith("trigger.manual", "{}");
    }

    static JsonValue webhookFlow() {
        return flowStartingWith("trigger.webhook", "{}");
    }

    /** A new automation of the workspace, without a flow (version 0). */
    AutomationId automation(String name) {
        return create.create(new CreateAutomationCommand(workspace, actor, new AutomationName(name), null, null))
                .id();
    }

    /** A new automation whose version 1 is {@code flow}. */
    AutomationId automation(String name, JsonValue flow) {
        return create.create(new CreateAutomationCommand(workspace, actor, new AutomationName(name), null, flow))
                .id();
    }
}
