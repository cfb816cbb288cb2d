package io.skillify.run.application.port.out;

/**
 * The change-feed topic on which a run's history growing is announced (key: the run id): by the persistence adapter
 * that writes the entries, after they commit; heard by whoever watches run histories (ADR 0014).
 */
public final class RunHistoryChanges {

    public static final String TOPIC = "run-history";

    private RunHistoryChanges() {
    }
}
