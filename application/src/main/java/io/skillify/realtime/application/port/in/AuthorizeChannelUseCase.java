package io.skillify.realtime.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Signs a pusher-js subscription to a private channel (contract §6): {@code private-workspace-{id}} (behind the
 * deployment's channel prefix) for members of that workspace only; every other channel is refused.
 */
public interface AuthorizeChannelUseCase {

    /** What pusher-js expects in {@code auth}: {@code "<key>:<signature>"}. */
    String authorize(AuthorizeChannelCommand command);

    /** {@code socketId} as Pusher gives it ({@code 123.456}); {@code channelName} as the client subscribes to it. */
    record AuthorizeChannelCommand(AccountId account, String socketId, String channelName) {

        private static final Pattern SOCKET_ID = Pattern.compile("\\d{1,20}\\.\\d{1,20}");

        public AuthorizeChannelCommand {
            Objects.requireNonNull(account, "account");
            if (socketId == null || !SOCKET_ID.matcher(socketId).matches()) {
                throw InvalidInputException.of("socket_id", "must be a Pusher socket id (digits.digits)");
            }
            if (channelName == null || channelName.isBlank()) {
                throw InvalidInputException.of("channel_name", "is required");
            }
        }
    }
}
