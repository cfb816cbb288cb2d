package io.skillify.realtime.domain;

import java.util.List;
import java.util.UUID;

/**
 * Which channel(s) carry a workspace's events: the contract's public {@code workspace-{id}}, the private
 * {@code private-workspace-{id}} that only members can subscribe to (recommended), or both.
 */
public enum WorkspaceChannels {
    PUBLIC, PRIVATE, BOTH;

    public List<String> of(UUID workspace) {
        return switch (this) {
            case PUBLIC -> List.of("workspace-" + workspace);
            case PRIVATE -> List.of("private-workspace-" + workspace);
            case BOTH -> List.of("workspace-" + workspace, "private-workspace-" + workspace);
        };
    }
}
