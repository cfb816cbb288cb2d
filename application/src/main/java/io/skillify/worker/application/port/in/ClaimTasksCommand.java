package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.Characters;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.Capabilities;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A worker account asks for up to {@code maxTasks} pending tasks it has every required capability for. */
public record ClaimTasksCommand(AccountId actor, Optional<WorkspaceId> workspace, List<String> capabilities,
                                int maxTasks, String runner) {

    public static final int DEFAULT_MAX_TASKS = 3;
    public static final int MAX_TASKS = 50;

    public ClaimTasksCommand {
        Objects.requireNonNull(actor);
        Objects.requireNonNull(workspace);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        if (maxTasks < 1 || maxTasks > MAX_TASKS) {
            throw InvalidInputException.of("maxTasks", "must be between 1 and " + MAX_TASKS);
        }
        if (capabilities.size() > 200) {
            throw InvalidInputException.of("capabilities", "must list at most 200");
        }
        for (int i = 0; i < capabilities.size(); i++) {
            if (!Capabilities.isValid(capabilities.get(i))) {
                throw InvalidInputException.of("capabilities[" + i + "]", "is not a capability name");
            }
        }
        if (Characters.exceed(runner, 200)) {
            throw InvalidInputException.of("runner", "must be at most 200 characters");
        }
    }
}
