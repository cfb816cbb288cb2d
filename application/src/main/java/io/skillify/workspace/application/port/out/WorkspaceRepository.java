package io.skillify.workspace.application.port.out;

import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Workspace;
import java.util.Optional;

/** Stores workspaces with their members. */
public interface WorkspaceRepository {

    void insert(Workspace workspace);

    /** Loads a workspace and locks it until the transaction ends, so that concurrent member changes serialize. */
    Optional<Workspace> loadForUpdate(WorkspaceId id);

    /** Writes the name and the member list as they now are. */
    void update(Workspace workspace);

    void delete(WorkspaceId id);
}
