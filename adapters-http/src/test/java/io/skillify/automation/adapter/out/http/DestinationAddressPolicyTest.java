package io.skillify.automation.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DestinationAddressPolicyTest {

    private final DestinationAddressPolicy policy = new DestinationAddressPolicy();

    @ParameterizedTest
    @ValueSource(strings = {
            // this network, unspecified
            "0.0.0.0", "0.1.2.3",
            // loopback
            "127.0.0.1", "127.255.255.254",
            // private
            "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255", "192.168.0.1", "192.168.255.255",
            // carrier-grade NAT, with Alibaba's metadata address
            "100.64.0.1", "100.100.100.200", "100.127.255.255",
            // link-local, with the AWS/GCP/Azure and ECS metadata addresses
            "169.254.0.1", "169.254.169.254", "169.254.170.2",
            // Azure's platform address (public, but the platform's own)
            "168.63.129.16",
            // IETF protocol assignments (Oracle's old metadata address), documentation, benchmarking
            "192.0.0.192", "192.0.2.1", "198.51.100.7", "203.0.113.9", "198.18.0.1", "198.19.255.255",
            // multicast, reserved, broadcast
            "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255"})
    void refusesIpv4AddressesOutsideThePublicInternet(String address) throws UnknownHostException {
        assertThat(policy.allows(InetAddress.ofLiteral(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "93.184.216.34", "100.63.255.255", "100.128.0.1",
            "172.15.255.255", "172.32.0.1", "192.167.1.1", "169.253.1.1", "11.0.0.1", "223.255.255.254"})
    void allowsPublicIpv4Addresses(String address) {
        assertThat(policy.allows(InetAddress.ofLiteral(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // unspecified, loopback
            "::", "::1",
            // unique local (fc00::/7), with AWS's IPv6 metadata address
            "fc00::1", "fd00:ec2::254", "fdff:ffff::1",
            // link-local, old site-local
            "fe80::1", "febf::1", "fec0::1",
            // multicast
            "ff02::1", "ff0e::1",
            // IPv4-compatible embedding refused IPv4 addresses
            "::127.0.0.1", "::10.0.0.1", "::100.100.100.200",
            // NAT64 embedding refused IPv4 addresses, and the local-use NAT64 prefix
            "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::808:808",
            // 6to4 embedding refused IPv4 addresses
            "2002:7f00:1::1", "2002:a00:1::", "2002:a9fe:a9fe::1",
            // Teredo and other IETF special-purpose blocks, documentation, discard-only
            "2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:2::1", "2001:db8::1", "100::1"})
    void refusesIpv6AddressesOutsideThePublicInternet(String address) {
        assertThat(policy.allows(InetAddress.ofLiteral(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2606:4700:4700::1111", "2001:4860:4860::8888", "2a00:1450:4001:80b::200e",
            "64:ff9b::808:808", "2002:808:808::1", "::8.8.8.8"})
    void allowsPublicIpv6Addresses(String address) {
        assertThat(policy.allows(InetAddress.ofLiteral(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "100.100.100.200", "169.254.169.254", "192.168.1.1", "0.0.0.0"})
    void refusesIpv4MappedIpv6AddressesOfRefusedIpv4Addresses(String ipv4) throws UnknownHostException {
        assertThat(policy.allows(mapped(ipv4))).as("::ffff:" + ipv4).isFalse();
        assertThat(policy.allows(InetAddress.getByName("::ffff:" + ipv4))).as("resolved ::ffff:" + ipv4).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34"})
    void allowsIpv4MappedIpv6AddressesOfPublicIpv4Addresses(String ipv4) throws UnknownHostException {
        assertThat(policy.allows(mapped(ipv4))).as("::ffff:" + ipv4).isTrue();
    }

    /** An IPv4-mapped IPv6 address kept as IPv6 (the JDK's parser would turn it into IPv4). */
    private static InetAddress mapped(String ipv4) throws UnknownHostException {
        byte[] v4 = InetAddress.ofLiteral(ipv4).getAddress();
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        InetAddress address = Inet6Address.getByAddress(null, v6, -1);
        assertThat(address).isInstanceOf(Inet6Address.class);
        return address;
    }
}
