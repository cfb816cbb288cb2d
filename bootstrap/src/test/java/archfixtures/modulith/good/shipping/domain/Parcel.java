package archfixtures.modulith.good.shipping.domain;

/** Uses billing only through its exposed domain package. */
public class Parcel {
    archfixtures.modulith.good.billing.domain.Invoice invoice;
}
