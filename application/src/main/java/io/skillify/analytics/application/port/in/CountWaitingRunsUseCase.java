package io.skillify.analytics.application.port.in;

/**
 * Counts runs noted as finished, up to {@link #MOST_PER_TRANSACTION} in one transaction that also takes them off the
 * waiting list: either both happen or neither. Instances counting at the same time take different runs.
 */
public interface CountWaitingRunsUseCase {

    int MOST_PER_TRANSACTION = 500;

    /** Returns how many waiting runs were taken (all of them counted, except runs deleted meanwhile). */
    int countWaiting();
}
