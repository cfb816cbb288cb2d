package io.skillify.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The built-in table of docs/node-types.md and the counts in docs/architecture.md never go stale silently: adding,
 * removing or recategorising a built-in node type fails this test until the docs say so. Built-ins are the node
 * types the server ships (not those of test sources, such as a contributor's example).
 */
class BuiltInTypesDocumentedTest extends IntegrationTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z0-9_.]+)` \\| ([a-z]+) \\|");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen");

    @Autowired
    private List<NodeType> nodeTypes;

    @Test
    void theBuiltInTableListsEveryBuiltInTypeWithItsCategory() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(DOCS.resolve("node-types.md"))) {
            if (line.startsWith("## ")) {
                inTable = line.equals("## The built-in types");
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (inTable && row.find()) {
                documented.put(row.group(1), row.group(2));
            }
        }

        assertThat(documented).as("the table in docs/node-types.md, '## The built-in types'")
                .isEqualTo(builtIns());
    }

    @Test
    void architectureMdCountsTheBuiltInTypesOfTheAutomationContext() throws IOException {
        long total = builtIns().size();
        long inAutomation = builtInTypes().stream()
                .filter(type -> type.getClass().getPackageName().startsWith("io.skillify.automation.")).count();

        assertThat(Files.readString(DOCS.resolve("architecture.md")))
                .contains(NUMBERS.get((int) inAutomation) + " of the " + NUMBERS.get((int) total) + " built-in types");
    }

    private Map<String, String> builtIns() {
        Map<String, String> types = new TreeMap<>();
        builtInTypes().forEach(type -> types.put(type.descriptor().type(),
                type.descriptor().category().name().toLowerCase()));
        return types;
    }

    private List<NodeType> builtInTypes() {
        return nodeTypes.stream().filter(type -> !fromTestSources(type)).toList();
    }

    private static boolean fromTestSources(NodeType type) {
        return type.getClass().getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }
}
