package io.skillify.shared.application;

/** A listener's place on the change feed; closing it stops the notifications. Safe to close more than once. */
public interface ChangeSubscription extends AutoCloseable {

    @Override
    void close();
}
