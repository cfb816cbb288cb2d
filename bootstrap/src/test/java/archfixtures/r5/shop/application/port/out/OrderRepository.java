package archfixtures.r5.shop.application.port.out;

public interface OrderRepository {
}
