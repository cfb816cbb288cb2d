package io.skillify.analytics.application.port.out;

/**
 * The change-feed topic on which a workspace's analytics aggregates changing is announced (key: the workspace id),
 * by the persistence adapter that writes them, after they commit (ADR 0014).
 */
public final class AnalyticsChanges {

    public static final String TOPIC = "analytics";

    private AnalyticsChanges() {
    }
}
