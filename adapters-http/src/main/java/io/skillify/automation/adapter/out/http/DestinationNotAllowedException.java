package io.skillify.automation.adapter.out.http;

import java.io.Serial;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A name resolved to an address steps may not reach. An {@link UnknownHostException} because that is what a
 * {@link org.apache.hc.client5.http.DnsResolver} may throw: to the client the name has no usable address.
 */
final class DestinationNotAllowedException extends UnknownHostException {

    @Serial
    private static final long serialVersionUID = 1L;

    DestinationNotAllowedException(String host, InetAddress refused) {
        super(describe(host, refused));
    }

    private static String describe(String host, InetAddress refused) {
        String address = refused.getHostAddress();
        String destination = host.equals(address) || host.equals("[" + address + "]") || host.contains(":")
                ? address : host + " (" + address + ")";
        return "destination " + destination + " is a private or otherwise not allowed address";
    }
}
