package io.skillify.worker.application.port.in;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.Worker;

/** A workspace's workers, newest first, for dashboards (the caller's membership is checked by the route). */
public interface WorkspaceWorkQuery {

    Page<Worker> workers(WorkspaceId workspace, PageRequest page);
}
