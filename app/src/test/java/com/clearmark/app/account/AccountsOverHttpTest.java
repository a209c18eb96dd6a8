package com.clearmark.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One seller's server from setup on: the password policy at every place a password is chosen,
 * changing one's own password, the forced change of a password an admin set, and invitations that
 * never tell an admin whether an email has an account.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsOverHttpTest extends ServiceOnH2 {

  private static final String ADMIN = "sam@northwind.test";
  private static final String SETUP_PASSWORD = "a long enough passphrase";
  private static final String ADMIN_OF_LAKESIDE = "dana@lakeside.test";
  private static final String RIO = "rope coiled on the pier";
  private static String adminPassword = "quiet harbour with boats";
  private static final String CODE_SHAPE = "[0-9A-Z]{4}(-[0-9A-Z]{4}){7}";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;

  @Test
  @Order(1)
  void setupRefusesSpacesRepeatsBreachedPasswordsAndTheEmailItself() {
    var visitor = new Visitor(port);
    Map<String, String> refused =
        Map.of(
            " ".repeat(12),
            "a password cannot be only spaces",
            "aaaaaaaaaaaa",
            "a password cannot be one character repeated",
            "password1234",
            "known from data breaches",
            "sam@northwind.test rules",
            "a password cannot contain your email address or name",
            "x".repeat(64) + "y".repeat(65),
            "a password can have at most 128 characters");
    refused.forEach(
        (password, reason) -> {
          var answer = setUp(visitor, password);
          assertThat(answer.statusCode()).as(password).isEqualTo(200);
          assertThat(answer.body()).as(password).contains(reason).doesNotContain("Exception");
        });
    assertThat(accounts.countUsers()).isZero();

    var done = setUp(visitor, SETUP_PASSWORD);
    assertThat(Visitor.location(done)).endsWith("/login?setup");
    assertThat(Visitor.location(visitor.signIn(ADMIN, SETUP_PASSWORD))).doesNotContain("error");
  }

  @Test
  @Order(2)
  void anAdminCannotGiveANewMemberAWeakInitialPassword() {
    var admin = signedIn(ADMIN_OF_LAKESIDE, adminPassword);
    admin.post(
        "/settings",
        "/settings/members",
        Map.of(
            "email", "pat@lakeside.test",
            "name", "Pat Picker",
            "password", "aaaaaaaaaaaa",
            "role", "VIEWER"));
    assertThat(admin.notice("/settings"))
        .isEqualTo("Initial password: a password cannot be one character repeated.");
    assertThat(accounts.userByEmail("pat@lakeside.test")).isEmpty();
  }

  @Test
  @Order(3)
  void aMemberAnAdminCreatedMustChooseTheirOwnPasswordBeforeAnythingElse() {
    var admin = signedIn(ADMIN_OF_LAKESIDE, adminPassword);
    String code = invite(admin, "lee@lakeside.test", "Lee Packer", "initial secret for lee").code();

    var lee = new Visitor(port);
    var first = lee.signIn("lee@lakeside.test", "initial secret for lee");
    assertThat(Visitor.location(first)).endsWith("/settings/password");
    assertThat(Visitor.location(lee.get("/listings"))).endsWith("/settings/password");
    assertThat(Visitor.location(lee.get("/settings"))).endsWith("/settings/password");
    var page = lee.get("/settings/password");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Your password was set by an admin");

    var weak = changePassword(lee, "initial secret for lee", "password1234");
    assertThat(weak.statusCode()).isEqualTo(200);
    assertThat(weak.body()).contains("known from data breaches");
    assertThat(Visitor.location(lee.get("/listings"))).endsWith("/settings/password");

    var same = changePassword(lee, "initial secret for lee", "initial secret for lee");
    assertThat(same.body()).contains("choose a password other than your current one");

    var changed = changePassword(lee, "initial secret for lee", "gravel path to the mill");
    assertThat(Visitor.location(changed)).endsWith("/invitations");
    assertThat(lee.get("/invitations").body()).contains("Lakeside Traders");
    accept(lee, lakeside(), code);
    assertThat(lee.get("/listings").statusCode()).isEqualTo(200);

    var again = new Visitor(port);
    assertThat(Visitor.location(again.signIn("lee@lakeside.test", "initial secret for lee")))
        .endsWith("/login?error");
    var later = again.signIn("lee@lakeside.test", "gravel path to the mill");
    assertThat(Visitor.location(later)).doesNotContain("error").doesNotContain("/settings");
    assertThat(again.get("/listings").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void peopleChangeTheirOwnPasswordWithTheCurrentOne() {
    var admin = signedIn(ADMIN_OF_LAKESIDE, adminPassword);
    assertThat(admin.get("/settings").body()).contains("Change your password");

    var wrongCurrent = changePassword(admin, "not my password at all", "harbour lights at dusk");
    assertThat(wrongCurrent.statusCode()).isEqualTo(200);
    assertThat(wrongCurrent.body()).contains("enter your current password");

    var mismatch =
        admin.post(
            "/settings/password",
            "/settings/password",
            Map.of(
                "current", adminPassword,
                "password", "harbour lights at dusk",
                "repeated", "harbour lights at dawn"));
    assertThat(mismatch.body()).contains("type the new password the same way twice");

    var changed = changePassword(admin, adminPassword, "harbour lights at dusk");
    assertThat(Visitor.location(changed)).endsWith("/settings");
    assertThat(admin.notice("/settings")).isEqualTo("Your password has been changed.");

    var old = new Visitor(port).signIn(ADMIN_OF_LAKESIDE, adminPassword);
    assertThat(Visitor.location(old)).endsWith("/login?error");
    adminPassword = "harbour lights at dusk";
    assertThat(Visitor.location(new Visitor(port).signIn(ADMIN_OF_LAKESIDE, adminPassword)))
        .doesNotContain("error");
  }

  @Test
  @Order(5)
  void anExistingUserOfAnotherOrganizationIsInvitedAndTheAdminCannotTellTheyExist() {
    long harbor = accounts.createOrganization("Harbor Supply");
    long kim =
        accounts.createUser(
            "kim@harbor.test", "Kim Harbor", passwords.encode("kim's own long secret"));
    accounts.addMember(harbor, kim, Role.ADMIN);
    var admin = signedIn(ADMIN_OF_LAKESIDE, adminPassword);

    String existingWithoutName = invite(admin, "kim@harbor.test", "", "").notice();
    String nobodyWithoutName = invite(admin, "ghost@harbor.test", "", "").notice();
    assertThat(nobodyWithoutName)
        .isEqualTo(existingWithoutName)
        .contains("name (at most 200 characters)");
    assertThat(accounts.roleOf(kim, lakeside())).isEmpty();

    var toExisting = invite(admin, "kim@harbor.test", "Kim", "a starter password here");
    var toNobody = invite(admin, "ghost@harbor.test", "Kim", "a starter password here");

    assertThat(toNobody.response().statusCode()).isEqualTo(toExisting.response().statusCode());
    assertThat(Visitor.location(toNobody.response()))
        .isEqualTo(Visitor.location(toExisting.response()));
    assertThat(toNobody.notice().replace("ghost@harbor.test", "EMAIL"))
        .isEqualTo(toExisting.notice().replace("kim@harbor.test", "EMAIL"))
        .contains("is invited as a reviewer");
    assertThat(toNobody.code()).matches(CODE_SHAPE).isNotEqualTo(toExisting.code());
    assertThat(toExisting.code()).matches(CODE_SHAPE);
    String settings = admin.get("/settings").body();
    assertThat(settings).contains("kim@harbor.test").contains("ghost@harbor.test");
    assertThat(settings).doesNotContain("Kim Harbor");
    assertThat(accounts.roleOf(kim, lakeside())).isEmpty();

    var kimAtBrowser = new Visitor(port);
    var signIn = kimAtBrowser.signIn("kim@harbor.test", "kim's own long secret");
    assertThat(Visitor.location(signIn)).endsWith("/invitations");
    assertThat(kimAtBrowser.get("/invitations").body())
        .contains("Lakeside Traders")
        .contains("Reviewer");
    accept(kimAtBrowser, lakeside(), toExisting.code());

    assertThat(accounts.roleOf(kim, lakeside())).contains(Role.REVIEWER);
    assertThat(accounts.roleOf(kim, harbor)).contains(Role.ADMIN);
    assertThat(
            Visitor.location(
                new Visitor(port).signIn("kim@harbor.test", "a starter password here")))
        .endsWith("/login?error");
  }

  @Test
  @Order(7)
  void aPasswordAnAdminResetsMustBeChangedAndCannotTakeOverAnotherOrganizationsAccount() {
    var admin = signedIn(ADMIN_OF_LAKESIDE, adminPassword);
    long lee = accounts.userByEmail("lee@lakeside.test").orElseThrow().id();

    admin.post(
        "/settings", "/settings/members/" + lee + "/password", Map.of("password", "aaaaaaaaaaaa"));
    assertThat(admin.notice("/settings"))
        .isEqualTo("New password: a password cannot be one character repeated.");
    admin.post(
        "/settings",
        "/settings/members/" + lee + "/password",
        Map.of("password", "spare key under the mat"));
    assertThat(admin.notice("/settings")).startsWith("Password set.");

    var leeAgain = new Visitor(port);
    assertThat(Visitor.location(leeAgain.signIn("lee@lakeside.test", "spare key under the mat")))
        .endsWith("/settings/password");
    assertThat(Visitor.location(leeAgain.get("/"))).endsWith("/settings/password");

    // Kim, Harbor Supply's admin, also works for Lakeside.
    long kim = accounts.userByEmail("kim@harbor.test").orElseThrow().id();
    accounts.addMember(lakeside(), kim, Role.VIEWER);
    admin.post(
        "/settings",
        "/settings/members/" + kim + "/password",
        Map.of("password", "spare key under the mat"));
    assertThat(admin.notice("/settings")).contains("also belongs to another organization");
    assertThat(
            Visitor.location(new Visitor(port).signIn("kim@harbor.test", "kim's own long secret")))
        .doesNotContain("error");
  }

  @Test
  @Order(6)
  void anInvitationCanBeDeclined() {
    long harbor = accounts.organizationNamed("Harbor Supply").orElseThrow().id();
    var admin = signedIn(ADMIN_OF_LAKESIDE, adminPassword);
    long kim = accounts.userByEmail("kim@harbor.test").orElseThrow().id();
    accounts.removeMember(lakeside(), kim);
    invite(admin, "kim@harbor.test", "Kim", "a starter password here");

    var kimAtBrowser = signedIn("kim@harbor.test", "kim's own long secret");
    kimAtBrowser.post("/invitations", "/invitations/" + lakeside() + "/decline", Map.of());

    assertThat(accounts.roleOf(kim, lakeside())).isEmpty();
    assertThat(accounts.invitationsFor(kim)).isEmpty();
    assertThat(accounts.roleOf(kim, harbor)).contains(Role.ADMIN);
  }

  @Test
  @Order(8)
  void anInvitationElsewhereNeedsItsCodeAndStopsAnAdminFromSettingThePassword() {
    long pier = accounts.createOrganization("Pier Nine Chandlery");
    long rio = accounts.createUser("rio@piernine.test", "Rio Pier", passwords.encode(RIO));
    accounts.addMember(pier, rio, Role.ADMIN);
    var dana = signedIn(ADMIN_OF_LAKESIDE, adminPassword);
    var rioAtBrowser = signedIn("rio@piernine.test", RIO);

    // Dana's invitation makes Max's account, so Dana knows its first password.
    String lakesideCode =
        invite(dana, "max@lakeside.test", "Max Crate", "dana knows this one").code();
    assertThat(dana.get("/settings").body()).doesNotContain("invitation-code");
    var fromPier = invite(rioAtBrowser, "max@lakeside.test", "Max Crate", "rio picks another one");
    long max = accounts.userByEmail("max@lakeside.test").orElseThrow().id();

    var danaAsMax = new Visitor(port);
    danaAsMax.signIn("max@lakeside.test", "dana knows this one");
    changePassword(danaAsMax, "dana knows this one", "dana chose this for max");
    accept(danaAsMax, pier, "");
    accept(danaAsMax, pier, lakesideCode);
    assertThat(accounts.roleOf(max, pier)).isEmpty();
    assertThat(danaAsMax.get("/invitations").body()).contains("Pier Nine Chandlery");
    var wrong = accept(danaAsMax, pier, lakesideCode);
    assertThat(Visitor.location(wrong)).endsWith("/invitations");
    assertThat(danaAsMax.notice("/invitations"))
        .isEqualTo(
            "That is not the invitation code from Pier Nine Chandlery; ask its admin for the code"
                + " they were shown.");
    assertThat(accounts.roleOf(max, pier)).isEmpty();

    // Lee works only for Lakeside, but Pier Nine has invited them: Dana may no longer set the
    // password that the invitation would then work with.
    long lee = accounts.userByEmail("lee@lakeside.test").orElseThrow().id();
    invite(rioAtBrowser, "lee@lakeside.test", "Lee", "rio picks another one");
    String leeHash = accounts.user(lee).orElseThrow().passwordHash();
    dana.post(
        "/settings",
        "/settings/members/" + lee + "/password",
        Map.of("password", "dana takes over lee"));
    assertThat(dana.notice("/settings")).contains("is invited to another organization");
    assertThat(accounts.user(lee).orElseThrow().passwordHash()).isEqualTo(leeHash);

    // Rio hands Max the code, which may be typed in lower case.
    assertThat(fromPier.code()).matches(CODE_SHAPE);
    var maxWithTheCode = signedIn("max@lakeside.test", "dana chose this for max");
    accept(maxWithTheCode, pier, fromPier.code().toLowerCase(Locale.ROOT));
    assertThat(accounts.roleOf(max, pier)).contains(Role.REVIEWER);
  }

  /** Lakeside's admin, made directly so that these tests do not depend on the setup page's. */
  private long lakeside() {
    var org = accounts.organizationNamed("Lakeside Traders");
    if (org.isPresent()) {
      return org.get().id();
    }
    long id = accounts.createOrganization("Lakeside Traders");
    long dana =
        accounts.createUser(ADMIN_OF_LAKESIDE, "Dana Lake", passwords.encode(adminPassword));
    accounts.addMember(id, dana, Role.ADMIN);
    return id;
  }

  private HttpResponse<String> setUp(Visitor visitor, String password) {
    return visitor.post(
        "/setup",
        "/setup",
        Map.of(
            "organization",
            "Northwind Goods",
            "name",
            "Sam Seller",
            "email",
            ADMIN,
            "password",
            password));
  }

  /** What the inviting admin is answered: the redirect, then the settings page it leads to. */
  private record Invited(HttpResponse<String> response, String page) {
    String notice() {
      return Visitor.noticeIn(page);
    }

    String code() {
      return Visitor.invitationCodeIn(page);
    }
  }

  private Invited invite(Visitor admin, String email, String name, String password) {
    var response =
        admin.post(
            "/settings",
            "/settings/members",
            Map.of("email", email, "name", name, "password", password, "role", "REVIEWER"));
    return new Invited(response, admin.get("/settings").body());
  }

  private static HttpResponse<String> accept(Visitor invitee, long organizationId, String code) {
    return invitee.post(
        "/invitations", "/invitations/" + organizationId + "/accept", Map.of("code", code));
  }

  private static HttpResponse<String> changePassword(
      Visitor visitor, String current, String chosen) {
    return visitor.post(
        "/settings/password",
        "/settings/password",
        Map.of("current", current, "password", chosen, "repeated", chosen));
  }

  private Visitor signedIn(String email, String password) {
    lakeside();
    var visitor = new Visitor(port);
    assertThat(Visitor.location(visitor.signIn(email, password))).doesNotContain("error");
    return visitor;
  }
}
