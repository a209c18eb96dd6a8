package com.clearmark.app.account;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first organization and its admin on an empty database: from the setup page, or at
 * start-up from {@code CLEARMARK_ADMIN_EMAIL} and {@code CLEARMARK_ADMIN_PASSWORD} (with {@code
 * CLEARMARK_ORGANIZATION}) for servers set up without a browser.
 */
@Component
public class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
  private final Accounts accounts;
  private final PasswordEncoder passwords;
  private final Environment environment;
  private final PasswordPolicy policy;

  FirstAdmin(
      Accounts accounts,
      PasswordEncoder passwords,
      Environment environment,
      PasswordPolicy policy) {
    this.policy = policy;
    this.accounts = accounts;
    this.passwords = passwords;
    this.environment = environment;
  }

  public boolean needed() {
    return accounts.countUsers() == 0;
  }

  @Override
  public void run(ApplicationArguments args) {
    String email = environment.getProperty("CLEARMARK_ADMIN_EMAIL");
    String password = environment.getProperty("CLEARMARK_ADMIN_PASSWORD");
    if (email == null || password == null || !needed()) {
      return;
    }
    String organization = environment.getProperty("CLEARMARK_ORGANIZATION", "My organization");
    try {
      create(organization, "Administrator", email, password);
      log.info("created organization '{}' with admin {}", organization, email);
    } catch (InvalidInputException e) {
      log.error("CLEARMARK_ADMIN_*: {} {}", e.getMessage(), e.fields());
    }
  }

  @Transactional
  public synchronized void create(String organization, String name, String email, String password) {
    if (!needed()) {
      throw new ConflictException("Clearmark is already set up; sign in instead.");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (organization == null
        || organization.isBlank()
        || organization.length() > FieldLimits.ORGANIZATION_NAME) {
      errors.put(
          "organization",
          "enter your seller account or brand name (at most "
              + FieldLimits.ORGANIZATION_NAME
              + " characters)");
    }
    if (name == null || name.isBlank() || name.length() > FieldLimits.PERSON_NAME) {
      errors.put("name", "enter your name (at most " + FieldLimits.PERSON_NAME + " characters)");
    }
    if (email == null || !email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
      errors.put("email", "enter an email address like name@example.com");
    }
    policy.problemWith(password, email, name).ifPresent(p -> errors.put("password", p));
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Setup has invalid fields.", errors);
    }
    long org = accounts.createOrganization(organization.strip());
    long user = accounts.createUser(email, name.strip(), passwords.encode(password));
    accounts.addMember(org, user, Role.ADMIN);
  }
}
