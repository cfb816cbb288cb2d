package archfixtures.r8.shop.adapter.out.persistence;

/** Breaks out-adapters-implement-out-ports: a repository that calls back into a service. */
public class JooqOrders {
    archfixtures.r8.shop.application.PlaceOrderService service;
}
