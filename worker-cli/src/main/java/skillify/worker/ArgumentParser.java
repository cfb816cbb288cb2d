package skillify.worker;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns flags, with environment variables as fallbacks, into an {@link Invocation}. */
final class ArgumentParser {

    static final String API_KEY_VARIABLE = "SKILLIFY_API_KEY";

    private enum Option {
        SERVER("--server", "SKILLIFY_SERVER"),
        WORKSPACE("--workspace", "SKILLIFY_WORKSPACE"),
        CAPABILITIES("--capabilities", "SKILLIFY_CAPABILITIES"),
        MAX_TASKS("--max-tasks", "SKILLIFY_MAX_TASKS"),
        POLL_INTERVAL("--poll-interval", "SKILLIFY_POLL_INTERVAL"),
        REPORT_INTERVAL("--report-interval", "SKILLIFY_REPORT_INTERVAL");

        final String flag;
        final String variable;

        Option(String flag, String variable) {
            this.flag = flag;
            this.variable = variable;
        }

        static Option byFlag(String flag) {
            return Arrays.stream(values()).filter(option -> option.flag.equals(flag)).findFirst().orElse(null);
        }
    }

    private ArgumentParser() {
    }

    static Invocation parse(List<String> args, Map<String, String> env) throws UsageException {
        Map<Option, String> given = new HashMap<>();
        boolean once = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-h") || arg.equals("--help")) {
                return new Invocation.ShowHelp();
            }
            if (arg.equals("--once")) {
                once = true;
                continue;
            }
            if (arg.equals("--api-key") || arg.startsWith("--api-key=")) {
                throw new UsageException("the API key is read only from " + API_KEY_VARIABLE + ", never from a flag");
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Option option = Option.byFlag(name);
            if (option == null) {
                throw new UsageException("unknown option " + name);
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(option.flag + " needs a value");
            }
            given.put(option, value);
        }
        for (Option option : Option.values()) {
            String fromEnv = env.get(option.variable);
            if (!given.containsKey(option) && fromEnv != null && !fromEnv.isBlank()) {
                given.put(option, fromEnv);
            }
        }
        String apiKey = env.get(API_KEY_VARIABLE);
        if (apiKey == null || apiKey.isBlank()) {
            throw new UsageException(API_KEY_VARIABLE + " is not set: export the account's API key (bld_…) first");
        }
        WorkerConfig config = new WorkerConfig(
                server(given.getOrDefault(Option.SERVER, "http://localhost:8080")),
                apiKey.strip(),
                given.containsKey(Option.WORKSPACE) ? workspace(given.get(Option.WORKSPACE)) : null,
                capabilities(given.getOrDefault(Option.CAPABILITIES, "")),
                maxTasks(given.getOrDefault(Option.MAX_TASKS, "1")),
                interval(Option.POLL_INTERVAL, given, WorkerConfig.DEFAULT_POLL_INTERVAL),
                interval(Option.REPORT_INTERVAL, given, WorkerConfig.DEFAULT_REPORT_INTERVAL));
        return new Invocation.RunWorker(config, once);
    }

    private static URI server(String text) throws UsageException {
        try {
            URI uri = new URI(text.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new UsageException("--server must be an http(s) URL such as http://localhost:8080, not '" + text + "'");
    }

    private static UUID workspace(String text) throws UsageException {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--workspace must be a workspace id (a UUID), not '" + text + "'");
        }
    }

    private static List<String> capabilities(String text) {
        List<String> capabilities = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                capabilities.add(part.strip());
            }
        }
        return capabilities;
    }

    private static int maxTasks(String text) throws UsageException {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= WorkerConfig.MAX_TASKS_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--max-tasks must be a whole number from 1 to " + WorkerConfig.MAX_TASKS_LIMIT
                + ", not '" + text + "'");
    }

    private static Duration interval(Option option, Map<Option, String> given, Duration fallback)
            throws UsageException {
        String text = given.get(option);
        if (text == null) {
            return fallback;
        }
        try {
            Duration duration = Durations.parse(text);
            if (!duration.isZero() && !duration.isNegative()) {
                return duration;
            }
            throw new UsageException(option.flag + " must be longer than zero");
        } catch (IllegalArgumentException e) {
            throw new UsageException(option.flag + ": " + e.getMessage());
        }
    }
}
