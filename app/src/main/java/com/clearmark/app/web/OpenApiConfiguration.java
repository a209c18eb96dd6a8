package com.clearmark.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the REST API in the OpenAPI document at {@code /v3/api-docs}. */
@Configuration
class OpenApiConfiguration {

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
