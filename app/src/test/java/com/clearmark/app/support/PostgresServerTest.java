package com.clearmark.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

  private static final String TABLES =
      "select table_name from information_schema.tables where table_schema = 'public'";

  private final PostgresServer server = PostgresServer.shared();

  @Test
  void isOneRealPostgresqlServerPerJvm() throws SQLException {
    assertThat(PostgresServer.shared()).isSameAs(server);
    try (Connection connection = connect(server.createDatabase())) {
      assertThat(column(connection, "select version()"))
          .singleElement()
          .asString()
          .contains("PostgreSQL");
    }
  }

  @Test
  void eachCreatedDatabaseStartsEmptyAndKeepsItsRowsToItself() throws SQLException {
    String first = server.createDatabase();
    String second = server.createDatabase();
    assertThat(first).isNotEqualTo(second);

    try (Connection a = connect(first);
        Connection b = connect(second)) {
      assertThat(column(a, TABLES)).isEmpty();
      assertThat(column(b, TABLES)).isEmpty();

      // The same table name in both: were the databases shared, the second create would fail.
      for (Connection connection : List.of(a, b)) {
        execute(connection, "create table marks (id int primary key, name text not null)");
      }
      execute(a, "insert into marks values (1, 'NIKE')");
      execute(b, "insert into marks values (1, 'ADIDAS')");

      assertThat(column(a, "select name from marks")).containsExactly("NIKE");
      assertThat(column(b, "select name from marks")).containsExactly("ADIDAS");
    }
  }

  private Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, server.username(), "");
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> column(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
