package io.skillify.realtime.application.port.out;

import java.util.Optional;

/**
 * Signs private-channel subscriptions for the Pusher-protocol server, as pusher-js expects from an authorization
 * endpoint. Channel names here are full names as clients subscribe to them, deployment prefix included.
 */
public interface ChannelAuthorizer {

    /** Whether a Pusher-protocol server is configured; without one no subscription can be signed. */
    boolean configured();

    /**
     * The contract's channel name ({@code private-workspace-…}) inside a full name, or empty when the name does not
     * carry this deployment's prefix or is not a name Pusher accepts.
     */
    Optional<String> contractName(String fullChannelName);

    /** {@code "<key>:<hex HMAC-SHA256 of socketId:fullChannelName>"}. Only when {@link #configured()}. */
    String sign(String socketId, String fullChannelName);
}
