package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Buildd task list (contract v1.1 §5): the tasks of the caller's workspaces (or of one of them, which it must be
 * a member of), newest first, one slice by limit and offset, with how many match, how many wait for a claim and
 * whether more follow.
 */
public interface TaskBoardQuery {

    TaskBoard board(AccountId actor, TaskBoardRequest request);

    /** Which tasks: an empty {@code statuses} means every status. */
    record TaskBoardRequest(Optional<WorkspaceId> workspace, Set<TaskStatus> statuses, int limit, int offset) {

        public static final int DEFAULT_LIMIT = 50;
        public static final int MAX_LIMIT = 200;
        public static final int MAX_OFFSET = 100_000;

        public TaskBoardRequest {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
            }
            if (offset < 0 || offset > MAX_OFFSET) {
                throw InvalidInputException.of("offset", "must be between 0 and " + MAX_OFFSET);
            }
            statuses = Set.copyOf(statuses);
        }
    }

    /** {@code pendingCount}: pending tasks in the same workspaces, whatever the status asked for. */
    record TaskBoard(List<TaskInWorkspace> tasks, long total, long pendingCount, boolean hasMore) {

        public TaskBoard {
            tasks = List.copyOf(tasks);
        }
    }
}
