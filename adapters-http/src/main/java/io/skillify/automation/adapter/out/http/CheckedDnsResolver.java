package io.skillify.automation.adapter.out.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The client's only way from a name to addresses: resolves once, and refuses the name when any of its addresses is
 * not allowed. The client connects to exactly the addresses returned here, so a name cannot be checked against one
 * address and connected to another (DNS rebinding). IP literals pass through the same check.
 */
final class CheckedDnsResolver implements DnsResolver {

    private final DnsResolver names;
    private final DestinationAddressPolicy policy;

    CheckedDnsResolver(DnsResolver names, DestinationAddressPolicy policy) {
        this.names = names;
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = names.resolve(host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            if (!policy.allows(address)) {
                throw new DestinationNotAllowedException(host, address);
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return names.resolveCanonicalHostname(host);
    }
}
