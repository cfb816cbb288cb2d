package io.skillify.worker.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The git branch a worker uses for a task (Buildd): {@code buildd/} + the last 8 hex digits of the task id + {@code -}
 * + the title lower-cased with every run of characters outside {@code [a-z0-9]} replaced by {@code -}, cut to 30.
 * The last digits, not the first: a time-ordered id begins with its timestamp (contract v1.1 §5).
 */
public final class BranchName {

    private static final Pattern OUTSIDE_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int SLUG_LENGTH = 30;

    private BranchName() {
    }

    public static String of(TaskId task, String title) {
        String slug = OUTSIDE_SLUG.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("-");
        return "buildd/" + IdSuffix.lastEight(task.value()) + "-"
                + slug.substring(0, Math.min(SLUG_LENGTH, slug.length()));
    }
}
