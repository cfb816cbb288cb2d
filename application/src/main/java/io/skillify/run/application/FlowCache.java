package io.skillify.run.application;

import io.skillify.automation.application.port.in.LoadFlowVersionQuery;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.run.application.port.out.RunRepository.StoredRun;
import io.skillify.run.domain.Run;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Flow versions never change, so the engine keeps the ones it ran recently in memory, and rebuilds runs with them. */
@UseCase
class FlowCache {

    private static final int CAPACITY = 2_000;

    private final LoadFlowVersionQuery flows;
    private final Map<Key, FlowGraph> cache = new ConcurrentHashMap<>();

    FlowCache(LoadFlowVersionQuery flows) {
        this.flows = flows;
    }

    FlowGraph flow(WorkspaceId workspace, AutomationId automation, int version) {
        Key key = new Key(automation, version);
        FlowGraph cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        FlowGraph loaded = flows.flow(workspace, automation, version)
                .orElseThrow(() -> new NotFoundException("Version"));
        if (cache.size() >= CAPACITY) {
            cache.clear();
        }
        cache.put(key, loaded);
        return loaded;
    }

    /** A stored run as an aggregate again, with the flow version it is pinned to. */
    Run rebuild(StoredRun stored) {
        return new Run(stored.id(), stored.workspaceId(), stored.automationId(), stored.version(),
                flow(stored.workspaceId(), stored.automationId(), stored.version()), stored.input(),
                stored.retryOf(), stored.status(), stored.error(), stored.createdAt(), stored.startedAt(),
                stored.finishedAt(), stored.steps());
    }

    private record Key(AutomationId automation, int version) {
    }
}
