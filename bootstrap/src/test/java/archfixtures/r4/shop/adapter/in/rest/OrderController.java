package archfixtures.r4.shop.adapter.in.rest;

/** Breaks adapters-are-independent: the REST adapter calls the persistence adapter directly. */
public class OrderController {
    archfixtures.r4.shop.adapter.out.persistence.OrderTable table;
}
