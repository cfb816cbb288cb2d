package io.skillify.analytics.domain.view;

import io.skillify.automation.domain.AutomationId;

/** The runs of one automation over a period, and how many of them succeeded. */
public record AutomationTotals(AutomationId automation, long total, long succeeded) {
}
