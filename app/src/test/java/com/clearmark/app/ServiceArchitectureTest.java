package com.clearmark.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

class ServiceArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.clearmark.app");
  }

  @Test
  void sharedWebSupportKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("com.clearmark.app.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.clearmark.app.catalog..",
            "com.clearmark.app.registry..",
            "com.clearmark.app.review..",
            "com.clearmark.app.screening..",
            "com.clearmark.app.imports..",
            "com.clearmark.app.dashboard..")
        .check(classes);
  }

  @Test
  void controllersAreNeverCalledByOtherCode() {
    noClasses()
        .that()
        .areNotMetaAnnotatedWith(Controller.class)
        .should()
        .accessClassesThat()
        .areMetaAnnotatedWith(Controller.class)
        .check(classes);
  }

  @Test
  void theEngineIsReachedOnlyThroughItsPublicApi() {
    noClasses()
        .that()
        .resideInAPackage("com.clearmark.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.clearmark.cli..")
        .check(classes);
  }

  @Test
  void screeningDoesNotDependOnTheCatalogueOrReviews() {
    noClasses()
        .that()
        .resideInAPackage("com.clearmark.app.screening..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.clearmark.app.catalog..", "com.clearmark.app.review..")
        .check(classes);
  }
}
