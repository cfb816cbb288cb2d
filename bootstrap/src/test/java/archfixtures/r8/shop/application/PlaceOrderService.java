package archfixtures.r8.shop.application;

public class PlaceOrderService {
    public void placeOrder() {
    }
}
