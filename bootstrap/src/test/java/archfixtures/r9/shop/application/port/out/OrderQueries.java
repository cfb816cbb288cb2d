package archfixtures.r9.shop.application.port.out;

/** Breaks out-ports-ignore-in-ports: the out-port returns the use case's view. */
public interface OrderQueries {
    archfixtures.r9.shop.application.port.in.OrderView find(String id);
}
