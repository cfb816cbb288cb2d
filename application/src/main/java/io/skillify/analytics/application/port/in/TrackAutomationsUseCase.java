package io.skillify.analytics.application.port.in;

import io.skillify.automation.domain.event.AutomationCreated;
import io.skillify.automation.domain.event.AutomationDeleted;
import io.skillify.automation.domain.event.AutomationRenamed;

/** Keeps the automations' names (and whether they still exist) that analytics answers show. */
public interface TrackAutomationsUseCase {

    void created(AutomationCreated created);

    void renamed(AutomationRenamed renamed);

    void deleted(AutomationDeleted deleted);
}
