package io.skillify.shared.domain;

/** Text length as a person counts it: in characters (Unicode code points), so an emoji is one, not two. */
public final class Characters {

    private Characters() {
    }

    public static int count(String text) {
        return text.codePointCount(0, text.length());
    }

    public static boolean exceed(String text, int max) {
        return text != null && count(text) > max;
    }
}
