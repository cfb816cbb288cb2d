package io.skillify.realtime.application.port.out;

import io.skillify.realtime.domain.RealtimeMessage;
import java.util.List;

/**
 * Hands realtime messages to the service that fans them out to subscribers (a Pusher-protocol server). Returns once
 * that service accepted every message; throws {@link RealtimeUnavailableException} when it did not, so that the
 * caller's event publication stays incomplete and is delivered again later. Never blocks longer than the
 * implementation's own timeout, and may combine concurrent calls into one request. Unconfigured, it accepts and
 * drops everything.
 */
public interface RealtimePublisher {

    void publish(List<RealtimeMessage> messages);
}
