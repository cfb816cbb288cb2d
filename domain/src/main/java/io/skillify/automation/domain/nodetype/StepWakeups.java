package io.skillify.automation.domain.nodetype;

/**
 * For node types that wait for something outside the engine (a worker's task): wakes the waiting step so that the
 * engine resumes it soon, instead of at the end of its wait. Call it in the transaction that records the event.
 */
public interface StepWakeups {

    void wake(String runId, String nodeId);
}
