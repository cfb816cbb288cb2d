package io.skillify.automation.domain.nodetype;

/** How a {@link TriggerType} starts runs, and the run's default {@code trigger} label. */
public enum TriggerFiring {

    /** By a request: {@code POST /api/{workspaceId}/automations/{id}/runs}. */
    MANUAL("manual"),
    /** By a JSON POST to {@code /api/hooks/{automationId}/{token}}, the automation's secret URL. */
    WEBHOOK("webhook"),
    /** By the engine's timer at every time {@link TriggerType#nextFireAfter} computes. */
    TIMER("schedule");

    private final String label;

    TriggerFiring(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
