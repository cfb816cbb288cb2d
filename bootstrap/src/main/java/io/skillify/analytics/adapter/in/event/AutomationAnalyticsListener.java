package io.skillify.analytics.adapter.in.event;

import io.skillify.analytics.application.port.in.TrackAutomationsUseCase;
import io.skillify.automation.domain.event.AutomationCreated;
import io.skillify.automation.domain.event.AutomationDeleted;
import io.skillify.automation.domain.event.AutomationRenamed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the automations' names analytics shows (deleted ones keep theirs, marked deleted). */
@Component
@AnalyticsListeners
class AutomationAnalyticsListener {

    private final TrackAutomationsUseCase automations;

    AutomationAnalyticsListener(TrackAutomationsUseCase automations) {
        this.automations = automations;
    }

    @ApplicationModuleListener
    void on(AutomationCreated created) {
        automations.created(created);
    }

    @ApplicationModuleListener
    void on(AutomationRenamed renamed) {
        automations.renamed(renamed);
    }

    @ApplicationModuleListener
    void on(AutomationDeleted deleted) {
        automations.deleted(deleted);
    }
}
