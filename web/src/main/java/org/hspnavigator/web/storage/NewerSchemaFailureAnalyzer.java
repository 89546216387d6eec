package org.hspnavigator.web.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in words why the server did not start on a database whose schema is newer than it knows, instead
 * of a stack trace: which database, which versions, and what to do.
 */
public final class NewerSchemaFailureAnalyzer extends AbstractFailureAnalyzer<Migrations.NewerSchemaException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, Migrations.NewerSchemaException cause) {
        return new FailureAnalysis(cause.getMessage(), "Start the version of HSP Navigator that wrote this database, "
                + "or a newer one; or point --db, HSP_DB_URL or HSP_DATA_DIR at another database.", cause);
    }
}
