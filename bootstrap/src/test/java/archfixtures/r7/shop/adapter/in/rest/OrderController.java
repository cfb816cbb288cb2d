package archfixtures.r7.shop.adapter.in.rest;

/** Breaks in-adapters-call-in-ports: the controller calls the service instead of its use case. */
public class OrderController {
    archfixtures.r7.shop.application.PlaceOrderService service;
}
