package archfixtures.r2.shop.application;

/** Breaks application-is-framework-free: Jackson inside a use case. */
public class PlaceOrderService {
    tools.jackson.databind.json.JsonMapper json;
}
