package io.skillify.analytics.domain.view;

import io.skillify.automation.domain.AutomationId;

/** One automation's line of the success rate; {@code name} is {@code null} when analytics never heard it. */
public record AutomationRate(AutomationId automationId, String name, long total, long succeeded, Double rate) {
}
