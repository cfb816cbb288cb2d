package archfixtures.r6.shipping;

public class Parcel {
    archfixtures.r6.billing.Invoice invoice;
}
