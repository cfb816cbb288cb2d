package skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ArgumentParserTest {

    private static final String KEY = "bld_" + "ab".repeat(32);
    private static final Map<String, String> ONLY_KEY = Map.of("SKILLIFY_API_KEY", KEY);

    @Test
    void appliesTheDefaults() throws UsageException {
        Invocation.RunWorker run = (Invocation.RunWorker) ArgumentParser.parse(List.of(), ONLY_KEY);

        assertThat(run.once()).isFalse();
        assertThat(run.config()).isEqualTo(new WorkerConfig(URI.create("http://localhost:8080"), KEY, null, List.of(),
                1, Duration.ofSeconds(5), Duration.ofSeconds(30)));
    }

    @Test
    void readsEveryFlagInBothSpellings() throws UsageException {
        UUID workspace = UUID.randomUUID();
        Invocation.RunWorker run = (Invocation.RunWorker) ArgumentParser.parse(List.of(
                "--server", "https://skillify.example.com", "--workspace=" + workspace, "--capabilities", "shell, docker",
                "--max-tasks", "4", "--poll-interval=500ms", "--report-interval", "PT1M", "--once"), ONLY_KEY);

        assertThat(run.once()).isTrue();
        assertThat(run.config()).isEqualTo(new WorkerConfig(URI.create("https://skillify.example.com"), KEY, workspace,
                List.of("shell", "docker"), 4, Duration.ofMillis(500), Duration.ofMinutes(1)));
    }

    @Test
    void fallsBackToTheEnvironmentButFlagsWin() throws UsageException {
        Map<String, String> env = Map.of("SKILLIFY_API_KEY", KEY, "SKILLIFY_SERVER", "http://env:9000",
                "SKILLIFY_CAPABILITIES", "shell", "SKILLIFY_MAX_TASKS", "7");

        WorkerConfig config = ((Invocation.RunWorker) ArgumentParser.parse(List.of("--max-tasks", "2"), env)).config();

        assertThat(config.server()).isEqualTo(URI.create("http://env:9000"));
        assertThat(config.capabilities()).containsExactly("shell");
        assertThat(config.maxTasks()).isEqualTo(2);
    }

    @Test
    void helpNeedsNoKey() throws UsageException {
        assertThat(ArgumentParser.parse(List.of("--once", "--help"), Map.of())).isInstanceOf(Invocation.ShowHelp.class);
        assertThat(ArgumentParser.parse(List.of("-h"), Map.of())).isInstanceOf(Invocation.ShowHelp.class);
    }

    @Test
    void refusesToRunWithoutAKey() {
        assertThatThrownBy(() -> ArgumentParser.parse(List.of("--once"), Map.of("SKILLIFY_API_KEY", " ")))
                .isInstanceOf(UsageException.class).hasMessageContaining("SKILLIFY_API_KEY is not set");
    }

    @Test
    void neverTakesTheKeyFromAFlag() {
        assertThatThrownBy(() -> ArgumentParser.parse(List.of("--api-key", KEY), ONLY_KEY))
                .isInstanceOf(UsageException.class).hasMessageContaining("only from SKILLIFY_API_KEY");
    }

    @Test
    void explainsBadFlags() {
        assertRefused(List.of("--verbose"), "unknown option --verbose");
        assertRefused(List.of("--server"), "--server needs a value");
        assertRefused(List.of("--server", "localhost:8080"), "--server must be an http(s) URL");
        assertRefused(List.of("--workspace", "acme"), "--workspace must be a workspace id");
        assertRefused(List.of("--max-tasks", "51"), "--max-tasks must be a whole number from 1 to 50");
        assertRefused(List.of("--max-tasks", "two"), "--max-tasks must be a whole number from 1 to 50");
        assertRefused(List.of("--poll-interval", "5"), "--poll-interval: '5' is not a duration");
        assertRefused(List.of("--report-interval", "0s"), "--report-interval must be longer than zero");
    }

    private static void assertRefused(List<String> args, String message) {
        assertThatThrownBy(() -> ArgumentParser.parse(args, ONLY_KEY))
                .isInstanceOf(UsageException.class).hasMessageContaining(message);
    }
}
