package io.skillify.run.application.port.in;

import io.skillify.run.domain.view.RunView;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

/**
 * Starts a new run of the same flow version and input, linked by {@code retryOf}. From {@code FAILED} it reuses the
 * outputs of the steps that had succeeded and runs again from the failed step (only for failed runs); from
 * {@code START} it runs everything again. 409 while the run has not finished.
 */
public interface RetryRunUseCase {

    enum From { FAILED, START }

    RunView retry(WorkspaceId workspace, RunId run, AccountId actor, From from);
}
