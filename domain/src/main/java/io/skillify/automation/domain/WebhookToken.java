package io.skillify.automation.domain;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/** The secret in an automation's webhook URL: 32 random bytes as 64 hex digits. */
public record WebhookToken(String value) {

    public WebhookToken {
        Objects.requireNonNull(value);
    }

    public static WebhookToken generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new WebhookToken(HexFormat.of().formatHex(bytes));
    }

    /** Constant-time comparison with a presented token. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "WebhookToken[…]";
    }
}
