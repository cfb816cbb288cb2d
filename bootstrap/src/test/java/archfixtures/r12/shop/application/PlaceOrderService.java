package archfixtures.r12.shop.application;

import archfixtures.r12.shared.application.UseCase;

/** Broken: a public service that any package could call, skipping its in-port. */
@UseCase
public class PlaceOrderService {
}
