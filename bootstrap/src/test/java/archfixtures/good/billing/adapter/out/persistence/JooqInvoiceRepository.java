package archfixtures.good.billing.adapter.out.persistence;

import archfixtures.good.billing.application.port.out.InvoiceRepository;
import archfixtures.good.billing.domain.Invoice;

class JooqInvoiceRepository implements InvoiceRepository {
    org.jooq.DSLContext db;

    @Override
    public void save(Invoice invoice) {
    }
}
