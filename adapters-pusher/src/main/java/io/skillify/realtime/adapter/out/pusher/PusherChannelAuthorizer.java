package io.skillify.realtime.adapter.out.pusher;

import io.skillify.realtime.application.port.out.ChannelAuthorizer;
import java.util.Optional;

/** Signs private-channel subscriptions with the app's key and secret (Pusher's channel authorization). */
final class PusherChannelAuthorizer implements ChannelAuthorizer {

    private final PusherSettings settings;
    private final ChannelNames channels;

    PusherChannelAuthorizer(PusherSettings settings) {
        this.settings = settings;
        this.channels = new ChannelNames(settings.channelPrefix());
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public Optional<String> contractName(String fullChannelName) {
        return channels.unprefixed(fullChannelName);
    }

    @Override
    public String sign(String socketId, String fullChannelName) {
        if (!configured()) {
            throw new IllegalStateException("Pusher is not configured");
        }
        return settings.key() + ":" + PusherSigning.hmacSha256Hex(settings.secret(), socketId + ":" + fullChannelName);
    }
}
