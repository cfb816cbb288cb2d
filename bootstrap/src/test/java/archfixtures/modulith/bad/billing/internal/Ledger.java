package archfixtures.modulith.bad.billing.internal;

/** Internal to billing: exposed by no named interface. */
public class Ledger {
}
