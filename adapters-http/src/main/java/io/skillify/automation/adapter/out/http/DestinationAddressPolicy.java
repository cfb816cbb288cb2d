package io.skillify.automation.adapter.out.http;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses a step may connect to: the public internet only. Refused are the server's own and neighbouring
 * networks (unspecified, loopback, private, carrier-grade NAT, link-local, unique local IPv6), cloud metadata
 * addresses, multicast, broadcast, reserved, documentation and benchmarking ranges, and IPv6 forms that embed a
 * refused IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
 */
class DestinationAddressPolicy {

    private static final List<Block> REFUSED_IPV4 = Block.all(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            // Azure's platform address (DNS, metadata, health probes) is public but the host's own
            "168.63.129.16/32");

    private static final List<Block> REFUSED_IPV6 = Block.all(
            "::/128", "::1/128", "100::/64", "64:ff9b:1::/48", "2001::/23", "2001:db8::/32", "fc00::/7",
            "fe80::/10", "fec0::/10", "ff00::/8");

    /** IPv6 prefixes whose addresses carry an IPv4 address, and where it sits. */
    private static final List<Embedding> IPV4_EMBEDDINGS = List.of(
            new Embedding(Block.of("::ffff:0:0/96"), 12),
            new Embedding(Block.of("::/96"), 12),
            new Embedding(Block.of("64:ff9b::/96"), 12),
            new Embedding(Block.of("2002::/16"), 2));

    boolean allows(InetAddress address) {
        return allows(address.getAddress());
    }

    private static boolean allows(byte[] address) {
        if (address.length == 4) {
            return REFUSED_IPV4.stream().noneMatch(block -> block.contains(address));
        }
        if (REFUSED_IPV6.stream().anyMatch(block -> block.contains(address))) {
            return false;
        }
        for (Embedding embedding : IPV4_EMBEDDINGS) {
            if (embedding.prefix().contains(address)) {
                return allows(Arrays.copyOfRange(address, embedding.offset(), embedding.offset() + 4));
            }
        }
        return true;
    }

    private record Embedding(Block prefix, int offset) {
    }

    /** An address block in CIDR notation. */
    private record Block(byte[] prefix, int bits) {

        static List<Block> all(String... cidrs) {
            return Arrays.stream(cidrs).map(Block::of).toList();
        }

        static Block of(String cidr) {
            int slash = cidr.indexOf('/');
            String literal = cidr.substring(0, slash);
            byte[] prefix = InetAddress.ofLiteral(literal).getAddress();
            return new Block(literal.contains(":") ? asIpv6(prefix) : prefix, Integer.parseInt(cidr.substring(slash + 1)));
        }

        /** The JDK parses an IPv4-mapped literal into IPv4; a block of IPv6 needs the 16 bytes back. */
        private static byte[] asIpv6(byte[] address) {
            if (address.length == 16) {
                return address;
            }
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(address, 0, mapped, 12, 4);
            return mapped;
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
