package io.skillify.worker.application.port.in;

/**
 * Fails workers whose lease ran out and returns their tasks to {@code pending} (or fails them once their attempts
 * are used up). Safe to run on several instances at once: each expired worker is handled by one of them.
 */
public interface ExpireLeasesUseCase {

    /** How many workers were expired. */
    int expireLeases();
}
