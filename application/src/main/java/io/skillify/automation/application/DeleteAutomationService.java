package io.skillify.automation.application;

import io.skillify.automation.application.port.in.DeleteAutomationUseCase;
import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;
import java.time.Instant;

@UseCase
class DeleteAutomationService implements DeleteAutomationUseCase {

    private final AutomationRepository automations;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;
    private final ScheduleKeeper schedules;

    DeleteAutomationService(AutomationRepository automations, NodeTypeCatalog catalog, TransactionRunner transactions,
                            DomainEventPublisher events, Clock clock, ScheduleRepository schedules) {
        this.automations = automations;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.schedules = new ScheduleKeeper(schedules, catalog);
    }

    @Override
    public void delete(WorkspaceId workspace, AutomationId id, AccountId actor) {
        transactions.inTransaction(() -> {
            Automation automation = automations.loadForUpdate(workspace, id).orElseThrow(AutomationViews::notFound);
            Instant now = clock.instant();
            events.publish(automation.delete(actor, now));
            automations.markDeleted(workspace, id, now);
            schedules.drop(workspace, id);
        });
    }
}
