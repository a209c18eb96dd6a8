package com.clearmark.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.support.FormPages;
import com.clearmark.app.web.PageRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry's mark form: a refused mark comes back with each field's own message beside it and
 * everything typed, ticks included, still in the form.
 */
class MarkFormPageTest extends FormPages {

  @Autowired Marks marks;

  Caller admin;

  @BeforeEach
  void admin() {
    admin = adminOf("Pinecrest Gear");
  }

  static Map<String, List<String>> typed() {
    var fields = new LinkedHashMap<String, List<String>>();
    fields.put("name", List.of("ZORVIX"));
    fields.put("owner", List.of("Zorvix Brand Holdings"));
    fields.put("registration", List.of("US 5123456"));
    fields.put("jurisdiction", List.of("US"));
    fields.put("niceClasses", List.of("9, 25"));
    fields.put("status", List.of("DEAD"));
    fields.put("famous", List.of("true"));
    return fields;
  }

  @Test
  void aMarkWithoutANameShowsTheMessageBesideTheNameAndKeepsEverythingTyped() throws Exception {
    var fields = typed();
    fields.put("name", List.of(" "));

    var result = post(admin, "/registry", fields);

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    var page = html(result);
    assertThat(page.selectFirst("#name-error").text()).isEqualTo("enter the mark as registered");
    assertThat(page.selectFirst("#name").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.selectFirst("#name").attr("aria-describedby")).isEqualTo("name-error");
    assertThat(page.selectFirst("#owner").val()).isEqualTo("Zorvix Brand Holdings");
    assertThat(page.selectFirst("#registration").val()).isEqualTo("US 5123456");
    assertThat(page.selectFirst("#niceClasses").val()).isEqualTo("9, 25");
    assertThat(page.selectFirst("#status option[selected]").val()).isEqualTo("DEAD");
    assertThat(page.selectFirst("#famous").hasAttr("checked")).isTrue();
    assertThat(page.selectFirst("#own").hasAttr("checked")).isFalse();
    assertThat(page.select(".field-error")).hasSize(1);
    assertThat(marks.list(admin.organizationId(), null, null, PageRequest.of(0, 50)).items())
        .isEmpty();
  }

  @Test
  void aNiceClassOutOfRangeIsNamedBesideTheClassesInsteadOfTheHint() throws Exception {
    var fields = typed();
    fields.put("niceClasses", List.of("9, 46"));

    var page = html(post(admin, "/registry", fields));

    assertThat(page.selectFirst("#niceClasses-error").text())
        .isEqualTo("Nice classes are numbers from 1 to 45; got 46");
    assertThat(page.selectFirst("#niceClasses").attr("aria-describedby"))
        .isEqualTo("niceClasses-error");
    assertThat(page.selectFirst("#niceClasses").val()).isEqualTo("9, 46");
    assertThat(page.selectFirst("#name").val()).isEqualTo("ZORVIX");
  }

  @Test
  void anOfficeCodeTooLongIsRefusedWithItsLimitAndAnExample() throws Exception {
    var fields = typed();
    fields.put("jurisdiction", List.of("United States of America"));

    var page = html(post(admin, "/registry", fields));

    assertThat(page.selectFirst("#jurisdiction-error").text())
        .isEqualTo(
            "at most " + FieldLimits.JURISDICTION + " characters, for example US or EU, got 24");
    assertThat(page.selectFirst("#jurisdiction").attr("maxlength"))
        .isEqualTo(String.valueOf(FieldLimits.JURISDICTION));
    assertThat(page.selectFirst("#jurisdiction").val()).isEqualTo("United States of America");
  }

  @Test
  void aMarkTypedRightIsAddedAndTheAdminIsTakenBackToTheRegistry() throws Exception {
    var result = post(admin, "/registry", typed());

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/registry");
    assertThat(marks.list(admin.organizationId(), null, null, PageRequest.of(0, 50)).items())
        .singleElement()
        .satisfies(m -> assertThat(m.name()).isEqualTo("ZORVIX"));
  }
}
