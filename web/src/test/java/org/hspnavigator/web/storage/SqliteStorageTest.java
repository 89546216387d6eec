package org.hspnavigator.web.storage;

/** The storage tests on SQLite, the default database. */
class SqliteStorageTest extends StorageTest {

    @Override
    Database.Kind kind() {
        return Database.Kind.SQLITE;
    }
}
