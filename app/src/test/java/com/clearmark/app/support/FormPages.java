package com.clearmark.app.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The service's pages through MockMvc, with its own in-memory H2 database, for tests of what a form
 * answers: a person of a fresh organization posts fields as the page's form would, and the test
 * reads the page that comes back.
 */
@SpringBootTest
@Import(TestClock.AsServiceClock.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class FormPages {

  @TempDir protected static Path home;

  @DynamicPropertySource
  static void isolatedStorage(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Autowired WebApplicationContext context;
  @Autowired protected Accounts accounts;

  protected MockMvc mvc;

  @BeforeEach
  void pages() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
  }

  /** An admin of a new organization named {@code name}. */
  protected Caller adminOf(String name) {
    long org = accounts.createOrganization(name + " " + UUID.randomUUID());
    long user =
        accounts.createUser(UUID.randomUUID() + "@example.test", name + " admin", "{noop}x");
    accounts.addMember(org, user, Role.ADMIN);
    return new Caller(user, name + " admin", org, name, Role.ADMIN);
  }

  /**
   * Posts the form fields (a field may repeat, as ticked checkboxes do) as {@code caller}, and
   * answers the result.
   */
  protected MvcResult post(Caller caller, String path, Map<String, List<String>> fields)
      throws Exception {
    var request =
        MockMvcRequestBuilders.post(path)
            .with(csrf())
            .with(
                authentication(
                    new UsernamePasswordAuthenticationToken(
                        caller,
                        null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())))));
    fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
    return mvc.perform(request).andReturn();
  }

  /** The page an answer carries. */
  protected static Document html(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
