package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

/**
 * Stops the live work of an account that may no longer work on a workspace's tasks: its live workers there are
 * failed, their tasks return to {@code pending} for another claim, and their later reports are told to abort.
 * Runs in the caller's transaction when there is one, so the change that made the account leave and this are one.
 */
public interface ReleaseDepartedWorkUseCase {

    String MEMBERSHIP_REMOVED = "membership removed";
    String ACCOUNT_REVOKED = "account revoked";

    /** The account left the workspace (removed, or by itself). Returns how many workers were stopped. */
    int memberLeft(WorkspaceId workspace, AccountId account);

    /** The account was revoked: its live workers in every workspace. Returns how many workers were stopped. */
    int accountRevoked(AccountId account);
}
