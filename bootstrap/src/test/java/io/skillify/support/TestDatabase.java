package io.skillify.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM: a Testcontainers container when a Docker engine answers, an embedded
 * PostgreSQL (zonky, binaries from Maven Central) otherwise. Tests isolate themselves by data (fresh accounts and
 * workspaces), and {@link #freshDatabase()} gives an empty database on the same server where a test needs one.
 */
public final class TestDatabase {

    private static final System.Logger LOG = System.getLogger(TestDatabase.class.getName());

    private static TestDatabase instance;

    private final String host;
    private final int port;
    private final String database;
    private final String username;
    private final String password;

    private TestDatabase(String host, int port, String database, String username, String password) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            if (dockerAvailable()) {
                instance = startContainer();
            } else {
                LOG.log(System.Logger.Level.INFO, "No Docker engine answers: the tests use an embedded PostgreSQL");
                instance = startEmbedded();
            }
        }
        return instance;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    private static TestDatabase startContainer() {
        var container = new PostgreSQLContainer("postgres:18-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new TestDatabase(container.getHost(), container.getMappedPort(5432), container.getDatabaseName(),
                container.getUsername(), container.getPassword());
    }

    private static TestDatabase startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away either way
                }
            }));
            return new TestDatabase("localhost", postgres.getPort(), "postgres", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
        }
    }

    public String url() {
        return urlOf(database);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** A new, empty database on the same server, for tests that need a database without any account. */
    public String freshDatabase() {
        String name = "fresh_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(url(), username, password)) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return urlOf(name);
    }

    private String urlOf(String name) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }
}
