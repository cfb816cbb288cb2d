package archfixtures.good.billing.domain;

/** A small hexagon that keeps every rule. */
public record Invoice(String id) {
}
