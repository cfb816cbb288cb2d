package archfixtures.r2.shop.application;

/** Breaks application-is-framework-free: a Spring annotation on a use case. */
public class PlaceOrderService {

    @org.springframework.transaction.annotation.Transactional
    public void placeOrder() {
    }
}
