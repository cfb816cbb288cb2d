package archfixtures.r10.shipping.adapter.out.persistence;

import static archfixtures.r10schema.tables.Invoices.INVOICES;
import static archfixtures.r10schema.tables.Parcels.PARCELS;

import org.jooq.DSLContext;

/** Breaks tables-written-by-their-context: shipping deletes billing's rows (and reads them, which is reported). */
class JooqParcels {
    private final DSLContext db;

    JooqParcels(DSLContext db) {
        this.db = db;
    }

    void ship() {
        db.deleteFrom(PARCELS).execute();
        db.deleteFrom(INVOICES).execute();
    }

    int invoices() {
        return db.fetchCount(INVOICES);
    }
}
