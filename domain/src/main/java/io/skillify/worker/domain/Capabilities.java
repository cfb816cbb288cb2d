package io.skillify.worker.domain;

import java.util.regex.Pattern;

/** What a capability name looks like ({@code shell}, {@code gpu:a100}, {@code lang/java}), wherever one is written. */
public final class Capabilities {

    /** As a regular expression, e.g. for a JSON Schema {@code pattern} (anchored there with {@code ^…$}). */
    public static final String REGEX = "[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}";
    public static final String RULE = "1 to 100 letters, digits or . _ : / - starting with a letter or digit";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Capabilities() {
    }

    public static boolean isValid(String capability) {
        return capability != null && PATTERN.matcher(capability).matches();
    }
}
