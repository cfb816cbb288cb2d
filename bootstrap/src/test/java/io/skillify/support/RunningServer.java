package io.skillify.support;

import io.skillify.Skillify;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application started programmatically, as the run command would start it, for start/stop tests. */
public final class RunningServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private RunningServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts with the properties given as command-line arguments, so they win over application.yml. */
    public static RunningServer start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", 0);
        all.putIfAbsent("spring.datasource.hikari.minimum-idle", 2);
        all.putIfAbsent("spring.datasource.hikari.idle-timeout", 10_000);
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new RunningServer(new SpringApplicationBuilder(Skillify.class).run(args));
    }

    public Api api(String bearer) {
        return new Api(baseUrl(), bearer);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        context.close();
    }
}
