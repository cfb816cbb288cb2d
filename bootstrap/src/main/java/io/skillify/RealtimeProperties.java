package io.skillify;

import io.skillify.realtime.application.port.in.RealtimeSettings;
import io.skillify.realtime.domain.WorkspaceChannels;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Realtime: {@code SKILLIFY_REALTIME_WORKSPACE_CHANNELS} says which channel carries a workspace's events:
 * {@code public} ({@code workspace-{id}}, the contract's; default), {@code private} ({@code private-workspace-{id}},
 * members only through {@code POST /api/pusher/auth}; recommended) or {@code both}.
 */
@ConfigurationProperties("skillify.realtime")
record RealtimeProperties(@DefaultValue("public") WorkspaceChannels workspaceChannels) {

    RealtimeSettings settings() {
        return new RealtimeSettings(workspaceChannels);
    }
}
