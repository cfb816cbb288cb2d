package archfixtures.good.billing.adapter.in.rest;

import archfixtures.good.billing.application.port.in.IssueInvoiceUseCase;

class InvoiceController {
    IssueInvoiceUseCase issueInvoice;
    org.springframework.http.ResponseEntity<String> response;
}
