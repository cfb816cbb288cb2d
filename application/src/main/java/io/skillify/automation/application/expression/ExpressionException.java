package io.skillify.automation.application.expression;

/** An expression that does not parse, fails, or runs over its time or depth limit. */
public final class ExpressionException extends RuntimeException {

    public ExpressionException(String expression, String reason) {
        super("expression '" + abbreviate(expression) + "' failed: " + reason, null, false, false);
    }

    private static String abbreviate(String expression) {
        return expression.length() <= 80 ? expression : expression.substring(0, 77) + "...";
    }
}
