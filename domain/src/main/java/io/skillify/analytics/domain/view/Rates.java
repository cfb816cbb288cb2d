package io.skillify.analytics.domain.view;

/** Rates are fractions in [0, 1], or {@code null} when there is nothing to divide (§7). */
public final class Rates {

    private Rates() {
    }

    public static Double of(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
