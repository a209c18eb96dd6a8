package com.clearmark.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;

/** Describes the REST API in the OpenAPI document at {@code /v3/api-docs}. */
@Configuration
class OpenApiConfiguration {

  /**
   * The types of handler arguments the service fills in itself, such as the caller taken from the
   * token; springdoc would otherwise describe each as a query parameter a client could send.
   */
  private final Set<String> serviceFilled = ConcurrentHashMap.newKeySet();

  /** Leaves the service-filled arguments out of each operation's parameters. */
  @Bean
  OperationCustomizer withoutServiceFilledArguments(
      ObjectProvider<HandlerMethodArgumentResolver> resolvers) {
    var names = new DefaultParameterNameDiscoverer();
    return (operation, handler) -> {
      for (MethodParameter argument : handler.getMethodParameters()) {
        if (resolvers.orderedStream().anyMatch(r -> r.supportsParameter(argument))) {
          serviceFilled.add(argument.getParameterType().getSimpleName());
          argument.initParameterNameDiscovery(names);
          String name = argument.getParameterName();
          if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> p.getName().equals(name));
            if (operation.getParameters().isEmpty()) {
              operation.setParameters(null);
            }
          }
        }
      }
      return operation;
    };
  }

  /** And leaves out the schemas springdoc made for them, which no operation refers to any more. */
  @Bean
  OpenApiCustomizer withoutServiceFilledSchemas() {
    return api -> {
      if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
        serviceFilled.forEach(api.getComponents().getSchemas()::remove);
      }
    };
  }

  @Bean
  OpenAPI clearmarkApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Clearmark API")
                .version("v1")
                .description(
                    "Screen listings for IP risk, manage the registry and the catalogue, and record"
                        + " review decisions. Authenticate with an API token created under"
                        + " Settings > API tokens, sent as the header Authorization: Bearer TOKEN. Errors are RFC"
                        + " 9457 problem details."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "token",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An API token, scoped to one organization")))
        .addSecurityItem(new SecurityRequirement().addList("token"));
  }
}
