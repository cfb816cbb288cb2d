package io.skillify.shared.application;

/**
 * Told, on the change feed's one thread, that something of a topic changed: the key says what (a run id for the
 * topic {@code run-history}). A notification carries no data; the listener re-reads what it needs, off this thread.
 */
public interface ChangeListener {

    /** The thing named {@code key} changed (at least once) since the last call. */
    void changed(String key);

    /**
     * The feed may have missed notifications (its connection dropped and came back): anything of the topic may have
     * changed, so every listener re-reads what it watches. Nothing is missed that way.
     */
    void mayHaveMissedChanges();
}
