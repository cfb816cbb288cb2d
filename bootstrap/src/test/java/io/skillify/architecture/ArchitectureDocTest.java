package io.skillify.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The documents cannot go stale silently: every class (and {@code Class.member}) that docs/architecture.md and
 * DEVELOPERS.md name exists, and every relative link of the READMEs and the docs leads to a file (and heading) of
 * this repository; the README links nothing outside it.
 */
class ArchitectureDocTest {

    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /** A whole backticked span naming a class, e.g. {@code `RunEngine`} or {@code `ClaimPolicy.stillAllowed`}. */
    private static final Pattern CLASS_NAME = Pattern.compile("`([A-Z][a-z0-9]+[A-Za-z0-9]*)(?:\\.([A-Za-z][A-Za-z0-9_]*))?`");

    /** {@code Outer.Inner}: a nested class; any other member ({@code method}, {@code CONSTANT}) a method or field. */
    private static final Pattern NESTED_CLASS = Pattern.compile("[A-Z][a-z0-9]+[A-Za-z0-9]*");

    private static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^```.*?^```");

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");

    /** Library classes the document names on purpose, each checked to be on the class path. */
    private static final Map<String, String> LIBRARY_CLASSES = Map.of(
            "Documenter", "org.springframework.modulith.docs.Documenter");

    /**
     * Production and test classes of every module: the documents also name test support (fakes of the application
     * ring, the gate's rules), which lives in the modules' test classes.
     */
    private static final JavaClasses WITH_TESTS = new ClassFileImporter().importPaths(testClassFolders());

    /** The documents whose class names are checked: the ones that describe the design. */
    static final List<Path> DESIGN_DOCUMENTS = List.of(Path.of("docs", "architecture.md"), Path.of("DEVELOPERS.md"));

    @ParameterizedTest
    @FieldSource("DESIGN_DOCUMENTS")
    void everyClassTheDesignDocumentsNameExists(Path document) throws IOException {
        String doc = read(document);

        List<String> missing = new ArrayList<>(classNamesIn(doc).stream()
                .filter(name -> classesNamed(name).isEmpty() && !isLibraryClass(name))
                .toList());
        membersIn(doc).stream()
                .filter(member -> classesNamed(member[0]).stream().noneMatch(type -> hasMember(type, member[1])))
                .map(member -> member[0] + "." + member[1])
                .forEach(missing::add);

        assertThat(missing).as("classes, methods and fields named in %s that the code does not have (looked up in the "
                + "production code first, then in every module's test classes)", document).isEmpty();
    }

    @Test
    void theArchitectureDocumentWalksAClaimAndARunStep() throws IOException {
        String doc = read(Path.of("docs", "architecture.md"));

        assertThat(doc).contains("## A claim's path", "## A run step's path", "`POST /api/workers/claim`",
                "](architecture/modules)", "-Dskillify.docs.refresh=true");
    }

    @Test
    void theCheckFindsClassNamesAndMethodsButNotOtherCode() {
        assertThat(classNamesIn("""
                `RunEngine` → `ClaimPolicy.stillAllowed`, `ClaimTasksUseCase.ClaimTasksCommand`, `worker.task`,
                `ContextDependenciesTest.ALLOWED`, `CROSS_CONTEXT_READS_TODAY`,
                `X-Request-Id`, `Authorization: Bearer bld_…`, `{workspaceId}`
                ```
                `NotChecked`
                ```
                """)).containsExactlyInAnyOrder("RunEngine", "ClaimPolicy", "ClaimTasksUseCase", "ClaimTasksCommand",
                "ContextDependenciesTest");
        assertThat(membersIn("`ClaimPolicy.stillAllowed` `ClaimTasksUseCase.ClaimTasksCommand`"))
                .singleElement().satisfies(member -> assertThat(member).containsExactly("ClaimPolicy", "stillAllowed"));
    }

    @Test
    void anchorsAreTheOnesGitHubGivesHeadings() {
        assertThat(anchorsOf("## A claim's path\n## 1. Write the class\n```\n# not a heading\n```\n## How to add"))
                .containsExactlyInAnyOrder("a-claims-path", "1-write-the-class", "how-to-add");
    }

    @Test
    void everyRelativeLinkOfTheReadmesAndTheDocsLeadsToAFileAndHeadingOfTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            for (String target : linksIn(read(document))) {
                if (isExternal(target)) {
                    continue;
                }
                String path = target.replaceFirst("#.*", "");
                Path file = path.isEmpty() ? REPOSITORY.resolve(document)
                        : REPOSITORY.resolve(document).getParent().resolve(path).normalize();
                if (!file.startsWith(REPOSITORY) || !Files.exists(file)) {
                    broken.add(document + " → " + target);
                } else if (target.contains("#") && file.toString().endsWith(".md")
                        && !anchorsOf(Files.readString(file)).contains(target.substring(target.indexOf('#') + 1))) {
                    broken.add(document + " → " + target + " (no such heading)");
                }
            }
        }

        assertThat(broken).as("links that leave the repository or lead to no file").isEmpty();
    }

    @Test
    void theReadmeLinksNothingOutsideTheRepository() throws IOException {
        assertThat(linksIn(read(Path.of("README.md")))).filteredOn(ArchitectureDocTest::isExternal)
                .as("README.md links outside the repository").isEmpty();
        assertThat(read(Path.of("README.md"))).contains("](docs/api.md)", "](docs/api/openapi.json)");
    }

    static Set<String> classNamesIn(String markdown) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = CLASS_NAME.matcher(FENCED_BLOCK.matcher(markdown).replaceAll(""));
        while (matcher.find()) {
            names.add(matcher.group(1));
            String member = matcher.group(2);
            if (member != null && NESTED_CLASS.matcher(member).matches()) {
                names.add(member);
            }
        }
        return names;
    }

    /** {@code `ClaimPolicy.stillAllowed`} → {"ClaimPolicy", "stillAllowed"}. */
    static List<String[]> membersIn(String markdown) {
        List<String[]> members = new ArrayList<>();
        Matcher matcher = CLASS_NAME.matcher(FENCED_BLOCK.matcher(markdown).replaceAll(""));
        while (matcher.find()) {
            String member = matcher.group(2);
            if (member != null && !NESTED_CLASS.matcher(member).matches()) {
                members.add(new String[] {matcher.group(1), member});
            }
        }
        return members;
    }

    private static List<JavaClass> classesNamed(String simpleName) {
        List<JavaClass> found = RingRulesTest.PRODUCTION.stream()
                .filter(type -> type.getSimpleName().equals(simpleName)).toList();
        return found.isEmpty()
                ? WITH_TESTS.stream().filter(type -> type.getSimpleName().equals(simpleName)).toList()
                : found;
    }

    private static List<Path> testClassFolders() {
        try (var modules = Files.list(REPOSITORY)) {
            return modules.map(module -> module.resolve("target").resolve("test-classes"))
                    .filter(Files::isDirectory)
                    .toList();
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static boolean hasMember(JavaClass type, String name) {
        return type.getAllMethods().stream().anyMatch(method -> method.getName().equals(name))
                || type.getAllFields().stream().anyMatch(field -> field.getName().equals(name));
    }

    private static List<String> linksIn(String markdown) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(FENCED_BLOCK.matcher(markdown).replaceAll(""));
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }

    /** The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces as hyphens. */
    static Set<String> anchorsOf(String markdown) {
        Set<String> anchors = new TreeSet<>();
        Matcher matcher = HEADING.matcher(FENCED_BLOCK.matcher(markdown).replaceAll(""));
        while (matcher.find()) {
            anchors.add(matcher.group(1).strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }

    private static boolean isExternal(String target) {
        return target.matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.walk(REPOSITORY.resolve("docs"))) {
            List<Path> all = new ArrayList<>(List.of(Path.of("README.md"), Path.of("DEVELOPERS.md"),
                    Path.of("worker-cli", "README.md"), Path.of("bench", "README.md")));
            all.addAll(docs.filter(path -> path.toString().endsWith(".md")).map(REPOSITORY::relativize).sorted()
                    .toList());
            return all;
        }
    }

    private static boolean isLibraryClass(String name) {
        String qualified = LIBRARY_CLASSES.get(name);
        if (qualified == null) {
            return false;
        }
        try {
            Class.forName(qualified, false, ArchitectureDocTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String read(Path document) throws IOException {
        return Files.readString(REPOSITORY.resolve(document));
    }
}
