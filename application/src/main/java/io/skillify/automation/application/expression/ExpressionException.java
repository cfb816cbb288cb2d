package io.skillify.automation.application.expression;

/** An expression that does not parse, fails, or runs over its time, size or depth limit. */
public final class ExpressionException extends RuntimeException {

    private final String reason;

    private ExpressionException(Described described) {
        super(described.message(), null, false, false);
        this.reason = described.reason();
    }

    public ExpressionException(String expression, String reason) {
        this(new Described("expression '" + abbreviate(expression) + "' failed: " + reason, reason));
    }

    static ExpressionException overTime(String expression, ExpressionSettings settings) {
        return over(expression, "exceeded its " + settings.timeLimit() + " time limit");
    }

    static ExpressionException overSize(String expression, ExpressionSettings settings) {
        return over(expression, "exceeded its " + settings.sizeLimit() + " result size limit");
    }

    static ExpressionException busy(String expression) {
        return over(expression, "was not evaluated: too many expressions are being evaluated at once, try again later");
    }

    private static ExpressionException over(String expression, String reason) {
        return new ExpressionException(new Described("expression '" + abbreviate(expression) + "' " + reason, reason));
    }

    /** The same failure, saying which node of the flow it happened in. */
    public ExpressionException inNode(String nodeId) {
        return new ExpressionException(new Described("node '" + nodeId + "': " + getMessage(), reason));
    }

    /** Why it failed, without the expression. */
    public String reason() {
        return reason;
    }

    private static String abbreviate(String expression) {
        return expression.length() <= 80 ? expression : expression.substring(0, 77) + "...";
    }

    private record Described(String message, String reason) {
    }
}
