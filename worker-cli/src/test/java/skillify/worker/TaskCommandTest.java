package skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

class TaskCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anArrayIsTheArgvAsIs() throws InvalidTaskException {
        TaskCommand command = TaskCommand.from(context("""
                {"command": ["echo", "hello world", "$HOME"]}"""));

        assertThat(command.argv()).containsExactly("echo", "hello world", "$HOME");
        assertThat(command.workingDirectory()).isNull();
        assertThat(command.env()).isEmpty();
        assertThat(command.timeout()).isNull();
        assertThat(command.summary()).isEqualTo("echo hello world $HOME");
    }

    @Test
    void aStringIsSplitIntoArgumentsWithoutAShell() throws InvalidTaskException {
        TaskCommand command = TaskCommand.from(context("""
                {"command": "echo $HOME; touch '/tmp/a b' | tr a-z A-Z"}"""));

        assertThat(command.argv())
                .containsExactly("echo", "$HOME;", "touch", "/tmp/a b", "|", "tr", "a-z", "A-Z");
        assertThat(command.summary()).isEqualTo("echo $HOME; touch /tmp/a b | tr a-z A-Z");
    }

    @Test
    void aShellRunsOnlyWhenTheCommandNamesOne() throws InvalidTaskException {
        TaskCommand command = TaskCommand.from(context("""
                {"command": ["sh", "-c", "echo hello | tr a-z A-Z"]}"""));

        assertThat(command.argv()).containsExactly("sh", "-c", "echo hello | tr a-z A-Z");
        assertThat(command.summary()).isEqualTo("sh -c echo hello | tr a-z A-Z");
    }

    @Test
    void readsTheOptionalSettings() throws InvalidTaskException {
        TaskCommand command = TaskCommand.from(context("""
                {"command": ["make"], "workingDirectory": "/srv/app", "env": {"CI": "true"}, "timeoutSeconds": 1.5}"""));

        assertThat(command.workingDirectory()).isEqualTo(Path.of("/srv/app"));
        assertThat(command.env()).isEqualTo(Map.of("CI", "true"));
        assertThat(command.timeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aTaskWithoutACommandSaysWhatIsMissing() {
        assertThatThrownBy(() -> TaskCommand.from(MissingNode.getInstance()))
                .isInstanceOf(InvalidTaskException.class).hasMessageStartingWith("the task has no context.command");
        assertThatThrownBy(() -> TaskCommand.from(context("{\"other\": 1}")))
                .isInstanceOf(InvalidTaskException.class).hasMessageStartingWith("the task has no context.command");
    }

    @Test
    void refusesMalformedSettings() {
        for (var bad : List.of(
                List.of("{\"command\": []}", "context.command is an empty array"),
                List.of("{\"command\": \"  \"}", "context.command is empty"),
                List.of("{\"command\": \"echo 'oops\"}", "context.command has an unclosed single quote (')"),
                List.of("{\"command\": 42}", "context.command must be an array of strings or a string"),
                List.of("{\"command\": [\"echo\", 1]}", "context.command[1] must be a string"),
                List.of("{\"command\": [\"make\"], \"env\": {\"N\": 1}}", "context.env.N must be a string"),
                List.of("{\"command\": [\"make\"], \"env\": [\"N\"]}", "context.env must be an object of strings"),
                List.of("{\"command\": [\"make\"], \"workingDirectory\": 3}", "context.workingDirectory must be a path"),
                List.of("{\"command\": [\"make\"], \"timeoutSeconds\": 0}", "context.timeoutSeconds must be a positive number"),
                List.of("{\"command\": [\"make\"], \"timeoutSeconds\": \"5\"}", "context.timeoutSeconds must be a positive number"))) {
            assertThatThrownBy(() -> TaskCommand.from(context(bad.get(0))))
                    .isInstanceOf(InvalidTaskException.class).hasMessage(bad.get(1));
        }
    }

    private static JsonNode context(String json) {
        return JSON.readTree(json);
    }
}
