package com.lana.checkout.server.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings an H2 basket store is opened with, as the database itself reports them. */
class H2StoreDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void everyCommitIsWrittenBeforeItIsAcknowledged() throws Exception {
        try (HikariDataSource pool = open("")) {
            assertThat(setting(pool, "WRITE_DELAY")).isEqualTo("0");
        }
    }

    @Test
    void eachSessionKeepsTheStatementsOfABatchOfChangesParsed() throws Exception {
        try (HikariDataSource pool = open("")) {
            assertThat(setting(pool, "QUERY_CACHE_SIZE")).isEqualTo(String.valueOf(StoreDatabase.H2_QUERY_CACHE_SIZE));
        }
    }

    @Test
    void aQueryCacheSizeInTheUrlIsKept() throws Exception {
        try (HikariDataSource pool = open(";query_cache_size=16")) {
            assertThat(setting(pool, "QUERY_CACHE_SIZE")).isEqualTo("16");
        }
    }

    private HikariDataSource open(String settings) throws Exception {
        return StoreDatabase.open(JdbcLocation.parse("jdbc:h2:file:" + folder.resolve("store") + settings), null);
    }

    private static String setting(HikariDataSource pool, String name) throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")) {
            assertThat(row.next()).as("H2 reports " + name).isTrue();
            return row.getString(1);
        }
    }
}
