package archfixtures.good.billing.application;

import archfixtures.good.billing.application.port.in.IssueInvoiceUseCase;
import archfixtures.good.billing.application.port.out.InvoiceRepository;
import archfixtures.good.billing.domain.Invoice;

class IssueInvoiceService implements IssueInvoiceUseCase {
    private final InvoiceRepository invoices;

    IssueInvoiceService(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    @Override
    public Invoice issue(String id) {
        Invoice invoice = new Invoice(id);
        invoices.save(invoice);
        return invoice;
    }
}
