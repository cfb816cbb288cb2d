package io.skillify.realtime.application.port.in;

import io.skillify.realtime.domain.WorkspaceChannels;
import java.util.Objects;

/** Which channel(s) carry each workspace's events ({@code SKILLIFY_REALTIME_WORKSPACE_CHANNELS}). */
public record RealtimeSettings(WorkspaceChannels workspaceChannels) {

    public RealtimeSettings {
        Objects.requireNonNull(workspaceChannels);
    }
}
