package com.clearmark.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a plain library: the service, the command line and Spark all build on it. */
class ArchitectureTest {

  private final JavaClasses engine =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("com.clearmark.engine");

  @Test
  void engineDependsOnNoOtherClearmarkModule() {
    noClasses()
        .that()
        .resideInAPackage("com.clearmark.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.clearmark.cli..", "com.clearmark.app..")
        .check(engine);
  }

  @Test
  void engineUsesNoSpringDatabaseOrCommandLineFramework() {
    noClasses()
        .that()
        .resideInAPackage("com.clearmark.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "picocli..")
        .check(engine);
  }

  @Test
  void textAndIndexDoNotKnowAboutScreeningRulesOrFileFormats() {
    noClasses()
        .that()
        .resideInAnyPackage("com.clearmark.engine.text..", "com.clearmark.engine.index..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.clearmark.engine.screening..")
        .check(engine);
    noClasses()
        .that()
        .resideInAPackage("com.clearmark.engine.text..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.clearmark.engine.io..", "com.clearmark.engine.index..")
        .check(engine);
  }
}
