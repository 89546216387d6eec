package org.hspnavigator.web.storage;

/** The storage tests on a real PostgreSQL server. */
class PostgresqlStorageTest extends StorageTest {

    @Override
    Database.Kind kind() {
        return Database.Kind.POSTGRESQL;
    }
}
