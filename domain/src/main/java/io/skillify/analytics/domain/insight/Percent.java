package io.skillify.analytics.domain.insight;

/** Fractions written for people: 0.375 → "38%". */
final class Percent {

    private Percent() {
    }

    static String of(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
