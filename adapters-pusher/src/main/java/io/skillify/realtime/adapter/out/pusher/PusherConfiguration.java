package io.skillify.realtime.adapter.out.pusher;

import io.skillify.realtime.application.port.out.ChannelAuthorizer;
import io.skillify.realtime.application.port.out.RealtimePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The realtime out-ports: Pusher's when {@code SKILLIFY_PUSHER_APP_ID}, {@code _KEY} and {@code _SECRET} are set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PusherSettings.class)
class PusherConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PusherConfiguration.class);

    @Bean
    RealtimePublisher realtimePublisher(PusherSettings settings) {
        if (!settings.configured()) {
            log.info("Pusher is not configured (SKILLIFY_PUSHER_APP_ID, _KEY, _SECRET): realtime events are dropped");
            return new DroppingRealtimePublisher();
        }
        log.info("Realtime events go to the Pusher-protocol server at {}", settings.baseUri());
        return new PusherRealtimePublisher(settings);
    }

    @Bean
    ChannelAuthorizer channelAuthorizer(PusherSettings settings) {
        return new PusherChannelAuthorizer(settings);
    }
}
