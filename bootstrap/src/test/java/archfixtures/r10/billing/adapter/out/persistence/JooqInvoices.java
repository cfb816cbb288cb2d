package archfixtures.r10.billing.adapter.out.persistence;

import static archfixtures.r10schema.tables.Invoices.INVOICES;

import org.jooq.DSLContext;

/** Writes its own context's table: allowed. */
class JooqInvoices {
    private final DSLContext db;

    JooqInvoices(DSLContext db) {
        this.db = db;
    }

    void clear() {
        db.deleteFrom(INVOICES).execute();
    }
}
