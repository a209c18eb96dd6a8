package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.authorization.Authorizations;
import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.ComplaintOrigin;
import com.clearmark.app.complaint.ComplaintStatus;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.complaint.Complaints;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A record with thousands of ASINs, as stored before the limits or as large as they allow, keeps
 * the pages that list it working for the whole organization: they show its first ASINs and how many
 * more there are.
 */
class LongListsOnPagesTest extends ServiceOnH2 {

  private static final String PASSPHRASE = "harbor lane bags since 1998";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired Complaints complaints;
  @Autowired Authorizations authorizations;

  private Visitor signedIn(String email) {
    long org = accounts.createOrganization("Harbor Lane Bags");
    long user = accounts.createUser(email, "Harper Ops", passwords.encode(PASSPHRASE));
    accounts.addMember(org, user, Role.ADMIN);
    var session = new Visitor(port);
    session.signIn(email, PASSPHRASE);
    orgOf = org;
    return session;
  }

  private long orgOf;

  private static List<String> asins(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(String.format("B0%08d", i));
    }
    return out;
  }

  @Test
  void theComplaintsPageShowsAComplaintAboutFiveThousandAsinsAsItsFirstTwentyAndACount() {
    var session = signedIn("ops@harbor.test");
    var products = asins(5000).stream().map(a -> new Complaint.Product(a, "")).toList();
    long id = complaints.add(orgOf, complaint("CR-5000", products));
    var page = session.get("/complaints");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("B000000019")
        .doesNotContain("B000000020")
        .contains("and 4,980 more")
        .contains("/complaints/" + id);
  }

  private Complaint complaint(String reference, List<Complaint.Product> products) {
    return new Complaint(
        0,
        reference,
        ComplaintType.TRADEMARK,
        ComplaintOrigin.RECEIVED,
        ComplaintStatus.NEW,
        LocalDate.of(2026, 10, 1),
        "5123456",
        "Acme Brands",
        "legal@acme.example",
        false,
        "Acme",
        products,
        List.of(),
        List.of(),
        "",
        null);
  }

  @Test
  void theComplaintsPageListsFiftyComplaintsAPageAndTheRestOnTheNext() {
    var session = signedIn("desk@harbor.test");
    for (int i = 0; i < 60; i++) {
      complaints.add(
          orgOf,
          complaint(String.format("CR-%03d", i), List.of(new Complaint.Product("B0CHARGER1", ""))));
    }
    var first = session.get("/complaints");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Page 1 of 2");
    var second = session.get("/complaints?page=1");
    assertThat(second.body()).contains("Page 2 of 2");
    int shown = 0;
    for (int i = 0; i < 60; i++) {
      String ref = String.format(">CR-%03d<", i);
      shown += (first.body().contains(ref) ? 1 : 0) + (second.body().contains(ref) ? 1 : 0);
    }
    assertThat(shown).isEqualTo(60);
  }

  @Test
  void theAuthorizationsPageShowsAScopeOfManyAsinsAsItsFirstTwentyAndACount() {
    var session = signedIn("legal@harbor.test");
    Set<String> scope = new LinkedHashSet<>(asins(1500));
    long id =
        authorizations.add(
            orgOf,
            new Authorization(
                0,
                "Letter of authorization",
                "Acme Brands",
                Set.of("Acme"),
                Set.of(),
                scope,
                Set.of(),
                LocalDate.of(2026, 1, 1),
                null));
    var list = session.get("/authorizations");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("and 1,480 more").doesNotContain("B000001499");
    var one = session.get("/authorizations/" + id);
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).contains("B000001499");
  }
}
