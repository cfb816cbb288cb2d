package io.skillify.shared.application.port.out;

import io.skillify.shared.application.ChangeListener;
import io.skillify.shared.application.ChangeSubscription;

/**
 * Changes made on any server instance, told to listeners on this one: "{@code key} of {@code topic} changed". At
 * least once: a listener may hear of one change several times, and is told {@link ChangeListener#mayHaveMissedChanges()}
 * whenever the feed cannot vouch that it heard everything. Topics are short names ({@code run-history}); the writers
 * of a topic announce it where they write (ADR 0014).
 */
public interface ChangeFeed {

    ChangeSubscription subscribe(String topic, ChangeListener listener);
}
