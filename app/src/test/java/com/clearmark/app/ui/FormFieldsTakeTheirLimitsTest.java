package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A form field lets a person type as much as the service accepts and no more: its {@code maxlength}
 * is the {@link FieldLimits} figure the service checks and the column holds.
 */
class FormFieldsTakeTheirLimitsTest extends ServiceOnH2 {

  private static final String PASSPHRASE = "limits from one place only";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  private Visitor session;
  private static int admins;

  @BeforeEach
  void signedInAdmin() {
    long org = accounts.createOrganization("Limitless Lamps");
    String email = "admin" + ++admins + "@limitless.example";
    long user = accounts.createUser(email, "Lia Lamp", passwords.encode(PASSPHRASE));
    accounts.addMember(org, user, Role.ADMIN);
    session = new Visitor(port);
    session.signIn(email, PASSPHRASE);
  }

  private Document page(String path) {
    var response = session.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static String maxlength(Document page, String name) {
    return page.selectFirst("[name=" + name + "]").attr("maxlength");
  }

  @Test
  void theMarkFormTakesTheMarksLimits() {
    var form = page("/registry/new");

    assertThat(maxlength(form, "name")).isEqualTo(String.valueOf(FieldLimits.MARK_NAME));
    assertThat(maxlength(form, "owner")).isEqualTo(String.valueOf(FieldLimits.MARK_OWNER));
    assertThat(maxlength(form, "registration")).isEqualTo(String.valueOf(FieldLimits.REGISTRATION));
    assertThat(maxlength(form, "jurisdiction")).isEqualTo(String.valueOf(FieldLimits.JURISDICTION));
  }

  @Test
  void theSupplierFormTakesTheSuppliersLimits() {
    var form = page("/suppliers");

    assertThat(maxlength(form, "name")).isEqualTo(String.valueOf(FieldLimits.SUPPLIER_NAME));
    assertThat(maxlength(form, "address")).isEqualTo(String.valueOf(FieldLimits.SUPPLIER_ADDRESS));
    assertThat(maxlength(form, "phone")).isEqualTo(String.valueOf(FieldLimits.PHONE));
    assertThat(maxlength(form, "email")).isEqualTo(String.valueOf(FieldLimits.EMAIL));
    assertThat(maxlength(form, "website")).isEqualTo(String.valueOf(FieldLimits.WEBSITE));
  }

  @Test
  void anInvoiceLineTakesAnAsinsLengthAndTheColumnsOfTheRest() {
    var form = page("/invoices/new");

    assertThat(maxlength(form, "number")).isEqualTo(String.valueOf(FieldLimits.INVOICE_NUMBER));
    assertThat(form.selectFirst("[name=lines[0].asin]").attr("maxlength")).isEqualTo("10");
    assertThat(form.selectFirst("[name=lines[0].sku]").attr("maxlength"))
        .isEqualTo(String.valueOf(FieldLimits.SKU));
  }
}
