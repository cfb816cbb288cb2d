package archfixtures.r7.shop.application;

public class PlaceOrderService {
    public void placeOrder() {
    }
}
