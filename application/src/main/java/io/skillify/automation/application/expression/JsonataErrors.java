package io.skillify.automation.application.expression;

import com.dashjoin.jsonata.JException;
import java.util.regex.Pattern;

/**
 * Phrases a JSONata error for people. The library fills its message templates' {@code {{placeholders}}} in order
 * from two fields, so some messages come out with the wrong words, with placeholders left over, or with "Object"
 * where "function" was meant; those are phrased here from the error's fields, and no text may name a Java class.
 */
final class JsonataErrors {

    private static final Pattern LEFTOVER_PLACEHOLDER = Pattern.compile("\\s*\\$?\\{\\{\\{?\\w+}?}}");
    private static final Pattern JAVA_OBJECT = Pattern.compile("([A-Za-z_$][\\w$]*\\.)+[A-Za-z_$][\\w$]*@[0-9a-f]+");
    private static final Pattern LIBRARY_FUNCTION_WORD = Pattern.compile("\\bObject\\b");

    private JsonataErrors() {
    }

    static String describe(JException error) {
        String text = switch (String.valueOf(error.getError())) {
            case "T0410" -> "argument " + error.getCurrent() + " of function $" + error.getExpected()
                    + " does not match the function's signature";
            case "T0411" -> "the context value does not fit argument " + error.getCurrent() + " of function $"
                    + error.getExpected();
            case "T0412" -> "argument " + shown(error.getCurrent()) + " must be an array of "
                    + typeName(error.getExpected());
            case "T1005", "T1006", "T1007" -> error.getCurrent() == null
                    ? "attempted to call something that is not a function"
                    : "$" + error.getCurrent() + " is not a function";
            case "T2007" -> "values of different types cannot be sorted together";
            case "T2009" -> "the values either side of an operator must be of the same type";
            default -> libraryText(error);
        };
        String readable = JAVA_OBJECT.matcher(text).replaceAll("a function");
        String located = error.getLocation() > 0 ? readable + " (at character " + error.getLocation() + ")" : readable;
        return located.isEmpty() ? "it could not be evaluated"
                : Character.toLowerCase(located.charAt(0)) + located.substring(1);
    }

    private static String libraryText(JException error) {
        String text = String.valueOf(error.getMessage());
        text = LIBRARY_FUNCTION_WORD.matcher(text).replaceAll("function");
        return LEFTOVER_PLACEHOLDER.matcher(text).replaceAll("").strip();
    }

    private static String shown(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static String typeName(Object signatureSymbol) {
        return switch (String.valueOf(signatureSymbol)) {
            case "n" -> "numbers";
            case "s" -> "strings";
            case "b" -> "booleans";
            case "o" -> "objects";
            case "a" -> "arrays";
            case "f" -> "functions";
            default -> "values of the expected type";
        };
    }
}
