package archfixtures.good.billing.application.port.out;

import archfixtures.good.billing.domain.Invoice;

public interface InvoiceRepository {
    void save(Invoice invoice);
}
