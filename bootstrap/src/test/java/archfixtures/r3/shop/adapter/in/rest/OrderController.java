package archfixtures.r3.shop.adapter.in.rest;

/** Breaks only-persistence-touches-jooq: a controller with SQL. */
public class OrderController {
    org.jooq.DSLContext db;
}
