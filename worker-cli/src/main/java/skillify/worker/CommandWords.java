package skillify.worker;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command string into arguments the way a POSIX shell splits words, minus every expansion: blanks
 * separate words, single and double quotes group, a backslash makes the next character plain; {@code $ ` * ~ | ; &
 * < > #} and the like are ordinary characters. The rules are in worker-cli/README.md; the server splits
 * {@code worker.task} commands with the same rules (io.skillify.worker.domain.CommandLine).
 */
final class CommandWords {

    private static final String PREFIX = "context.command ";
    private static final String BLANKS = " \t\r\n";
    private static final String ESCAPABLE_IN_DOUBLE_QUOTES = "\"\\$`";

    private CommandWords() {
    }

    static List<String> split(String line) throws InvalidTaskException {
        if (line.isBlank()) {
            throw new InvalidTaskException(PREFIX + "is empty");
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int at = 0;
        while (at < line.length()) {
            char c = line.charAt(at);
            if (BLANKS.indexOf(c) >= 0) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                at++;
                continue;
            }
            if (line.startsWith("\\\n", at)) {
                at += 2;
                continue;
            }
            inWord = true;
            at = switch (c) {
                case '\'' -> singleQuoted(line, at + 1, word);
                case '"' -> doubleQuoted(line, at + 1, word);
                case '\\' -> escaped(line, at + 1, word);
                default -> {
                    word.append(c);
                    yield at + 1;
                }
            };
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static int singleQuoted(String line, int from, StringBuilder word) throws InvalidTaskException {
        int close = line.indexOf('\'', from);
        if (close < 0) {
            throw new InvalidTaskException(PREFIX + "has an unclosed single quote (')");
        }
        word.append(line, from, close);
        return close + 1;
    }

    private static int doubleQuoted(String line, int from, StringBuilder word) throws InvalidTaskException {
        int at = from;
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '"') {
                return at + 1;
            }
            if (c == '\\' && at + 1 < line.length()) {
                char next = line.charAt(at + 1);
                if (next == '\n') {
                    at += 2;
                    continue;
                }
                if (ESCAPABLE_IN_DOUBLE_QUOTES.indexOf(next) >= 0) {
                    word.append(next);
                    at += 2;
                    continue;
                }
            }
            word.append(c);
            at++;
        }
        throw new InvalidTaskException(PREFIX + "has an unclosed double quote (\")");
    }

    private static int escaped(String line, int at, StringBuilder word) throws InvalidTaskException {
        if (at >= line.length()) {
            throw new InvalidTaskException(PREFIX + "ends with a backslash that escapes nothing");
        }
        word.append(line.charAt(at));
        return at + 1;
    }
}
