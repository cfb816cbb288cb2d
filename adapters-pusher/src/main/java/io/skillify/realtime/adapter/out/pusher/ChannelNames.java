package io.skillify.realtime.adapter.out.pusher;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Channel names as this deployment uses them on Pusher: the configured prefix, then the contract's name. Pusher
 * accepts at most 200 characters from {@code A-Z a-z 0-9 _ - = @ , . ;}.
 */
final class ChannelNames {

    static final int MAX_LENGTH = 200;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_\\-=@,.;]+");

    private final String prefix;

    ChannelNames(String prefix) {
        this.prefix = prefix;
    }

    /** The full name of {@code channel}, or empty when Pusher would refuse it. */
    Optional<String> prefixed(String channel) {
        String full = prefix + channel;
        return isValid(full) ? Optional.of(full) : Optional.empty();
    }

    /** The contract's name inside a full (prefixed) name, or empty when it does not carry this deployment's prefix. */
    Optional<String> unprefixed(String full) {
        if (!isValid(full) || !full.startsWith(prefix)) {
            return Optional.empty();
        }
        return Optional.of(full.substring(prefix.length()));
    }

    static boolean isValid(String full) {
        return full.length() <= MAX_LENGTH && ALLOWED.matcher(full).matches();
    }
}
