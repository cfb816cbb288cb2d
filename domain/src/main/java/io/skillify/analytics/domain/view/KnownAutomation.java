package io.skillify.analytics.domain.view;

import io.skillify.automation.domain.AutomationId;

/** An automation as analytics knows it from the automation events: its id, its latest name, and whether it is gone. */
public record KnownAutomation(AutomationId id, String name, boolean deleted) {
}
