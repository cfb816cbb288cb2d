package io.skillify.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** SHA-256 of an API key's plaintext: what is stored and looked up. */
public final class ApiKeyDigest {

    public static final int LENGTH = 32;

    private final byte[] bytes;

    private ApiKeyDigest(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes");
        }
        this.bytes = bytes.clone();
    }

    public static ApiKeyDigest of(ApiKeySecret secret) {
        try {
            return new ApiKeyDigest(MessageDigest.getInstance("SHA-256")
                    .digest(secret.plaintext().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK provides SHA-256", impossible);
        }
    }

    public static ApiKeyDigest fromStored(byte[] bytes) {
        return new ApiKeyDigest(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Constant-time comparison, so that timing reveals nothing about how much of a digest matched. */
    public boolean matches(ApiKeyDigest other) {
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKeyDigest that && matches(that);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
