package com.clearmark.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document describes what a client sends, not what the service fills in itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenApiDocumentTest {

  @TempDir static Path home;

  @DynamicPropertySource
  static void isolated(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:openapi-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @LocalServerPort int port;

  @Test
  void noOperationTakesTheCallerAsAParameter() throws Exception {
    var reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    JsonNode document = JsonMapper.builder().build().readTree(reply.body());
    List<String> parameters = new ArrayList<>();
    int operations = 0;
    for (var path : document.path("paths").properties()) {
      for (var operation : path.getValue().properties()) {
        operations++;
        for (JsonNode parameter : operation.getValue().path("parameters")) {
          parameters.add(path.getKey() + " " + parameter.path("name").asString());
        }
      }
    }

    assertThat(operations).isGreaterThan(20);
    assertThat(parameters).isNotEmpty().noneMatch(p -> p.toLowerCase().endsWith(" caller"));
    assertThat(document.path("components").path("schemas").has("Caller")).isFalse();
  }
}
