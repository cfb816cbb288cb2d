package archfixtures.modulith.good.billing.domain;

public class Invoice {
}
