package archfixtures.r6.billing;

/** Breaks contexts-free-of-cycles together with Parcel. */
public class Invoice {
    archfixtures.r6.shipping.Parcel parcel;
}
