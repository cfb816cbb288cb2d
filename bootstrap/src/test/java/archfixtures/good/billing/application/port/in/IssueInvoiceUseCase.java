package archfixtures.good.billing.application.port.in;

import archfixtures.good.billing.domain.Invoice;

public interface IssueInvoiceUseCase {
    Invoice issue(String id);
}
