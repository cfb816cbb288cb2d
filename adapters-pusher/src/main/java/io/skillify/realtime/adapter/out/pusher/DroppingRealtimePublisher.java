package io.skillify.realtime.adapter.out.pusher;

import io.skillify.realtime.application.port.out.RealtimePublisher;
import io.skillify.realtime.domain.RealtimeMessage;
import java.util.List;

/** Realtime without Pusher configured (contract §6): accepts every message and sends nothing. */
final class DroppingRealtimePublisher implements RealtimePublisher {

    @Override
    public void publish(List<RealtimeMessage> messages) {
        // Pusher is optional; without it the messages have nowhere to go.
    }
}
