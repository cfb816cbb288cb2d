package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.TrackAutomationsUseCase;
import io.skillify.analytics.application.port.out.AutomationNames;
import io.skillify.automation.domain.event.AutomationCreated;
import io.skillify.automation.domain.event.AutomationDeleted;
import io.skillify.automation.domain.event.AutomationRenamed;
import io.skillify.automation.domain.view.AutomationSummary;
import io.skillify.shared.application.UseCase;
import java.time.Clock;

@UseCase
class TrackAutomationsService implements TrackAutomationsUseCase {

    private final AutomationNames names;
    private final Clock clock;

    TrackAutomationsService(AutomationNames names, Clock clock) {
        this.names = names;
        this.clock = clock;
    }

    @Override
    public void created(AutomationCreated created) {
        names.put(new AutomationSummary(created.workspaceId(), created.automationId(), created.name(), clock.instant(),
                null));
    }

    @Override
    public void renamed(AutomationRenamed renamed) {
        names.renamed(renamed.workspaceId(), renamed.automationId(), renamed.name(),
                renamed.renamedAt() == null ? clock.instant() : renamed.renamedAt());
    }

    @Override
    public void deleted(AutomationDeleted deleted) {
        names.deleted(deleted.workspaceId(), deleted.automationId(), deleted.name(),
                deleted.deletedAt() == null ? clock.instant() : deleted.deletedAt());
    }
}
