package com.clearmark.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

  @Test
  void eachDatabaseIsARealPostgresServerIsolatedFromTheOthers() throws Exception {
    var server = PostgresServer.shared();
    String first = server.createDatabase();
    String second = server.createDatabase();
    try (var a = DriverManager.getConnection(first, server.username(), "");
        var b = DriverManager.getConnection(second, server.username(), "")) {
      try (var s = a.createStatement()) {
        s.execute("create table marks (name varchar(50))");
        s.execute("insert into marks values ('NIKE')");
        var rs = s.executeQuery("select version()");
        rs.next();
        assertThat(rs.getString(1)).contains("PostgreSQL");
      }
      try (var s = b.createStatement()) {
        var rs =
            s.executeQuery(
                "select count(*) from information_schema.tables where table_name = 'marks'");
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
  }
}
