package archfixtures.r10schema.tables;

import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

public class Invoices extends TableImpl<Record> {
    public static final Invoices INVOICES = new Invoices();

    private Invoices() {
        super(DSL.name("invoices"));
    }
}
