package io.skillify.run.application;

import io.skillify.automation.application.port.in.LoadFlowVersionQuery;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Flow versions never change, so the engine keeps the ones it ran recently in memory. */
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

    private record Key(AutomationId automation, int version) {
    }
}
