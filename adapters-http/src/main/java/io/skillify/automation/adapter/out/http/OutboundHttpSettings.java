package io.skillify.automation.adapter.out.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code SKILLIFY_HTTP_ALLOW_PRIVATE_NETWORKS} (false): whether steps may call addresses outside the public internet
 * (loopback, private, carrier-grade NAT, link-local, unique local IPv6, cloud metadata, …; see
 * {@link DestinationAddressPolicy}). {@code SKILLIFY_HTTP_MAX_RESPONSE_BYTES} (1048576): longer bodies are cut.
 */
@ConfigurationProperties("skillify.http")
record OutboundHttpSettings(@DefaultValue("false") boolean allowPrivateNetworks,
                            @DefaultValue("1048576") int maxResponseBytes) {
}
