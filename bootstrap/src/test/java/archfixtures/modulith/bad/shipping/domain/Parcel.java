package archfixtures.modulith.bad.shipping.domain;

/** Breaks module encapsulation: reaches into billing's internals. */
public class Parcel {
    archfixtures.modulith.bad.billing.internal.Ledger ledger;
}
