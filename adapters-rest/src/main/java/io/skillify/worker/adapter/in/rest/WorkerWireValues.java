package io.skillify.worker.adapter.in.rest;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The worker context's enums as the Buildd protocol spells them: lower-case snake names. */
final class WorkerWireValues {

    static final String ACTIVE_TASKS = "active";

    private WorkerWireValues() {
    }

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A task status filter: one status, a comma list, or {@code active} (pending, assigned, in progress); empty or
     * absent means every status.
     */
    static Set<TaskStatus> taskStatuses(String filter, String path) {
        Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
        if (filter == null) {
            return statuses;
        }
        for (String part : filter.split(",")) {
            String value = part.trim();
            if (value.isEmpty()) {
                continue;
            }
            if (ACTIVE_TASKS.equals(value)) {
                statuses.addAll(TaskStatus.active());
            } else {
                statuses.add(parse(TaskStatus.class, value, path, ", or active"));
            }
        }
        return statuses;
    }

    /** A worker status sent by a worker; {@code error} is accepted as a synonym of {@code failed}. */
    static WorkerStatus workerStatus(String value, String path) {
        return "error".equals(value) ? WorkerStatus.FAILED : parse(WorkerStatus.class, value, path, " (or error)");
    }

    static WorkerCommand command(String value) {
        return parse(WorkerCommand.class, value, "action", "");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String path, String more) {
        for (E candidate : type.getEnumConstants()) {
            if (wire(candidate).equals(value)) {
                return candidate;
            }
        }
        throw InvalidInputException.of(path, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(WorkerWireValues::wire).collect(Collectors.joining(", ")) + more);
    }
}
