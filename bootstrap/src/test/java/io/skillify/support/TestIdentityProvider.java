package io.skillify.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A stand-in OIDC issuer (as Clerk would be): an RS256 key pair whose public half is served as a JWKS on loopback,
 * and tokens minted with it. The server finds it by configuration alone, as it would find Clerk.
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "https://issuer.skillify.test";
    private static TestIdentityProvider instance;

    private final RSAKey signingKey;
    private final RSAKey strangerKey;
    private final String jwksUri;

    private TestIdentityProvider() {
        try {
            signingKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("test-key").generate();
            byte[] jwks = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            jwksUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            instance = new TestIdentityProvider();
        }
        return instance;
    }

    public String jwksUri() {
        return jwksUri;
    }

    /** A valid session token for the subject, good for ten minutes. */
    public String token(String subject, String name) {
        return sign(signingKey, claims(subject, name, ISSUER, Instant.now().plus(Duration.ofMinutes(10))));
    }

    public String expiredToken(String subject) {
        return sign(signingKey, claims(subject, null, ISSUER, Instant.now().minus(Duration.ofMinutes(10))));
    }

    /** Right issuer and key id, but signed by a key the issuer never published. */
    public String tokenSignedByStranger(String subject) {
        return sign(strangerKey, claims(subject, null, ISSUER, Instant.now().plus(Duration.ofMinutes(10))));
    }

    public String tokenFromOtherIssuer(String subject) {
        return sign(signingKey, claims(subject, null, "https://elsewhere.test",
                Instant.now().plus(Duration.ofMinutes(10))));
    }

    /** A token of the right key and expiry naming the given issuer and audiences (none: no {@code aud} claim). */
    public String tokenWith(String subject, String issuer, String... audiences) {
        JWTClaimsSet base = claims(subject, null, issuer, Instant.now().plus(Duration.ofMinutes(10)));
        var claims = new JWTClaimsSet.Builder(base);
        if (audiences.length == 1) {
            claims.audience(audiences[0]);
        } else if (audiences.length > 1) {
            claims.audience(java.util.List.of(audiences));
        }
        return sign(signingKey, claims.build());
    }

    public static String newSubject() {
        return "user_" + UUID.randomUUID();
    }

    private static JWTClaimsSet claims(String subject, String name, String issuer, Instant expiry) {
        var claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(20))))
                .notBeforeTime(Date.from(expiry.minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(expiry));
        if (name != null) {
            claims.claim("name", name);
        }
        return claims.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
