package archfixtures.r5.shop.application.port.in;

/** Breaks in-ports-ignore-out-ports: the use case's interface exposes its repository. */
public interface PlaceOrderUseCase {
    archfixtures.r5.shop.application.port.out.OrderRepository repository();
}
