package io.skillify.realtime.adapter.out.pusher;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.skillify.realtime.application.port.out.ChannelAuthorizer;
import io.skillify.realtime.application.port.out.RealtimePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The realtime out-ports: Pusher's when {@code SKILLIFY_PUSHER_APP_ID}, {@code _KEY} and {@code _SECRET} are set,
 * else a publisher that drops everything (said once in the log) and an authorizer that signs nothing. With Pusher,
 * the gauges {@code skillify.pusher.circuit.open} (1 while the circuit is open) and
 * {@code skillify.pusher.senders.free} (bulkhead permits left) show the guard's state.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PusherSettings.class)
class PusherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PusherConfiguration.class);

    @Bean
    RealtimePublisher realtimePublisher(PusherSettings settings, ObjectProvider<MeterRegistry> meters) {
        if (!settings.configured()) {
            log.info("Pusher is not configured (SKILLIFY_PUSHER_APP_ID, _KEY, _SECRET): realtime events are dropped");
            return new DroppingRealtimePublisher();
        }
        log.info("Realtime events go to the Pusher-protocol server at {}", settings.baseUri());
        PusherRealtimePublisher publisher = new PusherRealtimePublisher(settings);
        meters.ifAvailable(registry -> {
            GuardedPusher guard = publisher.guard();
            Gauge.builder("skillify.pusher.circuit.open", guard,
                            g -> g.breakerState() == CircuitBreaker.State.OPEN ? 1 : 0)
                    .description("1 while Pusher's circuit breaker is open (calls fail without a request)")
                    .register(registry);
            Gauge.builder("skillify.pusher.senders.free", guard,
                            g -> g.bulkhead().getMetrics().getAvailableConcurrentCalls())
                    .description("Requests to Pusher that may still start now (bulkhead)")
                    .register(registry);
        });
        return publisher;
    }

    @Bean
    ChannelAuthorizer channelAuthorizer(PusherSettings settings) {
        return new PusherChannelAuthorizer(settings);
    }
}
