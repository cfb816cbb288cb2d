import io.skillify.automation.application.expression.Expressions;
import io.skillify.automation.application.nodetype.NodeTypeRegistry;
import io.skillify.automation.application.nodetype.builtin.Condition;
import io.skillify.automation.application.nodetype.builtin.Delay;
import io.skillify.automation.application.nodetype.builtin.HttpRequest;
import io.skillify.automation.application.nodetype.builtin.LogMessage;
import io.skillify.automation.application.nodetype.builtin.ManualTrigger;
import io.skillify.automation.application.nodetype.builtin.ScheduleTrigger;
import io.skillify.automation.application.port.in.ScheduleSettings;
import io.skillify.automation.application.nodetype.builtin.Transform;
import io.skillify.automation.application.nodetype.builtin.WebhookTrigger;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowLimits;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Validations per second of a 500-node flow (every rule of §4, JSON Schema checks of every node's data included),
 * single-threaded. Run through bench/flow-validation.sh.
 */
public class FlowValidationBench {

    static final int NODES = 500;
    static final long WARMUP_NANOS = 5_000_000_000L;
    static final long ITERATION_NANOS = 3_000_000_000L;
    static final int ITERATIONS = 5;

    public static void main(String[] args) {
        var expressions = Expressions.withDefaults();
        var registry = new NodeTypeRegistry(List.of(new ManualTrigger(), new WebhookTrigger(),
                new ScheduleTrigger(ScheduleSettings.DEFAULT, Clock.systemUTC()), new HttpRequest(),
                new Condition(expressions), new Transform(expressions), new Delay(), workerTaskForValidation(),
                new LogMessage(expressions)));
        String text = flowJson(NODES);
        JsonValue parsed = JsonDocuments.parseTrusted(text);
        FlowGraph.validate(parsed, registry, FlowLimits.DEFAULT);
        System.out.printf("flow: %d nodes, %d bytes of JSON%n", NODES, text.length());

        report("validate (document already parsed)", () -> FlowGraph.validate(parsed, registry, FlowLimits.DEFAULT));
        report("parse JSON text + validate", () -> FlowGraph.validate(JsonDocuments.parseTrusted(text), registry,
                FlowLimits.DEFAULT));
    }

    static void report(String name, Supplier<FlowGraph> work) {
        run(work, WARMUP_NANOS);
        double[] rates = new double[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            rates[i] = run(work, ITERATION_NANOS);
        }
        double mean = 0;
        for (double rate : rates) {
            mean += rate / ITERATIONS;
        }
        double variance = 0;
        for (double rate : rates) {
            variance += (rate - mean) * (rate - mean) / (ITERATIONS - 1);
        }
        System.out.printf("%-38s %8.1f validations/s ± %.1f (stdev over %d × %d s), %.1f µs per node%n", name, mean,
                Math.sqrt(variance), ITERATIONS, ITERATION_NANOS / 1_000_000_000L, 1e6 / mean / NODES);
    }

    static double run(Supplier<FlowGraph> work, long nanos) {
        long start = System.nanoTime();
        long count = 0;
        long sink = 0;
        while (System.nanoTime() - start < nanos) {
            sink += work.get().nodes().size();
            count++;
        }
        if (sink == 42) {
            System.out.print("");
        }
        return count * 1e9 / (System.nanoTime() - start);
    }

    /** A realistic mix: trigger, then a chain cycling through conditions, transforms, requests, delays, tasks, logs. */
    static String flowJson(int count) {
        List<String> nodes = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        nodes.add(node("n0", "trigger.manual", "{\"label\":\"Start\"}"));
        for (int i = 1; i < count; i++) {
            String previous = "n" + (i - 1);
            String handle = (i - 1) % 6 == 1 ? ",\"sourceHandle\":\"true\"" : "";
            String data = switch (i % 6) {
                case 1 -> "{\"expression\":\"input.amount > " + i + "\"}";
                case 2 -> "{\"set\":{\"tier\":\"'gold'\",\"total\":\"input.amount * 1.2\"}}";
                case 3 -> "{\"method\":\"POST\",\"url\":\"https://api.example.com/orders/" + i
                        + "\",\"headers\":{\"X-Trace\":\"abc\"},\"body\":{\"id\":" + i + "},\"timeoutMs\":5000}";
                case 4 -> "{\"duration\":\"" + i + "s\"}";
                case 5 -> "{\"title\":\"Review " + i + "\",\"priority\":3,\"requiredCapabilities\":[\"review\"]}";
                default -> "{\"message\":\"step " + i + " done\",\"level\":\"info\"}";
            };
            String type = switch (i % 6) {
                case 1 -> "logic.condition";
                case 2 -> "data.transform";
                case 3 -> "http.request";
                case 4 -> "flow.delay";
                case 5 -> "worker.task";
                default -> "notify.log";
            };
            nodes.add(node("n" + i, type, data));
            edges.add("{\"id\":\"e" + i + "\",\"source\":\"" + previous + "\",\"target\":\"n" + i + "\"" + handle + "}");
        }
        return "{\"nodes\":[" + String.join(",", nodes) + "],\"edges\":[" + String.join(",", edges) + "]}";
    }

    static String node(String id, String type, String data) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"position\":{\"x\":0,\"y\":0},\"data\":" + data + "}";
    }

    /** The worker.task type as validation sees it (its executor needs a database, and validation never runs it). */
    private static io.skillify.automation.domain.nodetype.NodeType workerTaskForValidation() {
        return new io.skillify.automation.domain.nodetype.NodeType() {
            @Override
            public io.skillify.automation.domain.nodetype.NodeTypeDescriptor descriptor() {
                return io.skillify.worker.application.WorkerTaskNode.DESCRIPTOR;
            }

            @Override
            public io.skillify.automation.domain.nodetype.StepResult execute(
                    io.skillify.automation.domain.nodetype.StepContext context) {
                throw new UnsupportedOperationException("validation only");
            }
        };
    }
}
