package archfixtures.r10schema.tables;

import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jooq.impl.TableImpl;

public class Parcels extends TableImpl<Record> {
    public static final Parcels PARCELS = new Parcels();

    private Parcels() {
        super(DSL.name("parcels"));
    }
}
