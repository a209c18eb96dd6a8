package com.clearmark.app.authorization;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.document.Documents;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.AfterCommit;
import com.clearmark.app.web.FieldLengths;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brand authorizations. Screening treats an authorized brand, within the authorization's scope and
 * dates, like the organization's own, so recording one recompiles the registry.
 */
@Service
public class AuthorizationService {

  private final Authorizations authorizations;
  private final Documents documents;
  private final AuditLog audit;
  private final RegistryIndexes indexes;

  AuthorizationService(
      Authorizations authorizations, Documents documents, AuditLog audit, RegistryIndexes indexes) {
    this.authorizations = authorizations;
    this.documents = documents;
    this.audit = audit;
    this.indexes = indexes;
  }

  public record AuthorizationForm(
      String kind,
      String licensor,
      Set<String> brands,
      Set<String> marketplaces,
      Set<String> asins,
      Set<String> skus,
      LocalDate validFrom,
      LocalDate validTo) {}

  public Authorization get(Caller caller, long id) {
    return authorizations
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("authorization", id));
  }

  /** The authorization a form describes, refused with every problem by field. */
  private static Authorization checked(AuthorizationForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "send the authorization as JSON");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.licensor() == null || form.licensor().isBlank()) {
      errors.put("licensor", "enter who granted it (the brand owner or its distributor)");
    }
    if (form.brands() == null || form.brands().stream().allMatch(b -> b == null || b.isBlank())) {
      errors.put("brands", "name at least one brand");
    }
    if (form.validFrom() == null) {
      errors.put("validFrom", "enter the first day it is valid");
    } else if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
      errors.put(
          "validTo",
          "the last day " + form.validTo() + " is before the first day " + form.validFrom());
    }
    FieldLengths.check(errors, "kind", form.kind(), FieldLimits.AUTHORIZATION_KIND);
    FieldLengths.check(errors, "licensor", form.licensor(), FieldLimits.LICENSOR);
    FieldLengths.checkJoined(errors, "brands", form.brands(), FieldLimits.AUTHORIZATION_BRANDS);
    FieldLengths.checkJoined(
        errors, "marketplaces", form.marketplaces(), FieldLimits.AUTHORIZATION_MARKETPLACES);
    scope(errors, "asins", form.asins(), FieldLimits.ASINS_PER_AUTHORIZATION, FieldLimits.ASIN);
    scope(errors, "skus", form.skus(), FieldLimits.SKUS_PER_AUTHORIZATION, FieldLimits.SKU);
    FieldLengths.checkJoined(errors, "asins", form.asins(), FieldLimits.AUTHORIZATION_SCOPE_TEXT);
    FieldLengths.checkJoined(errors, "skus", form.skus(), FieldLimits.AUTHORIZATION_SCOPE_TEXT);
    each(errors, "brands", form.brands(), FieldLimits.BRAND);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The authorization has invalid fields.", errors);
    }
    return new Authorization(
        0,
        form.kind() == null || form.kind().isBlank()
            ? "Letter of authorization"
            : form.kind().strip(),
        form.licensor().strip(),
        form.brands(),
        form.marketplaces(),
        form.asins(),
        form.skus(),
        form.validFrom(),
        form.validTo());
  }

  /** The authorization's revision, for a form that corrects it to send back. */
  public long revision(Caller caller, long id) {
    get(caller, id);
    return authorizations.revision(caller.organizationId(), id);
  }

  /**
   * Corrects an authorization in place (its kind, licensor, brands, scope and dates; an attached
   * document stays) and has screening take the correction into account.
   *
   * @param revision the authorization's revision as read, or null to correct it as it is now
   * @throws ConflictException when it changed since it was read
   */
  @Transactional
  public Authorization correct(Caller caller, long id, Long revision, AuthorizationForm form) {
    caller.require(Role.ADMIN);
    var before = get(caller, id);
    var after = checked(form);
    long read = revision == null ? authorizations.revision(caller.organizationId(), id) : revision;
    authorizations.corrected(caller.organizationId(), id, read, after);
    audit.record(
        caller,
        AuditAction.AUTHORIZATION_CORRECTED,
        "AUTHORIZATION",
        id,
        "before: " + summary(before) + "; after: " + summary(after),
        null);
    long org = caller.organizationId();
    AfterCommit.run(() -> indexes.changed(org));
    return get(caller, id);
  }

  /**
   * Deletes an authorization recorded by mistake; screening stops treating its brands as allowed.
   */
  @Transactional
  public void delete(Caller caller, long id, Long revision) {
    caller.require(Role.ADMIN);
    var a = get(caller, id);
    long read = revision == null ? authorizations.revision(caller.organizationId(), id) : revision;
    authorizations.removed(caller.organizationId(), id, read);
    audit.record(caller, AuditAction.AUTHORIZATION_DELETED, "AUTHORIZATION", id, summary(a), null);
    long org = caller.organizationId();
    AfterCommit.run(() -> indexes.changed(org));
  }

  private static String summary(Authorization a) {
    return a.kind()
        + " from "
        + a.licensor()
        + " for "
        + a.brands()
        + (a.marketplaces().isEmpty() ? "" : " on " + a.marketplaces())
        + (a.asins().isEmpty() ? "" : ", ASINs " + a.asins())
        + (a.skus().isEmpty() ? "" : ", SKUs " + a.skus())
        + ", "
        + a.validFrom()
        + " to "
        + (a.validTo() == null ? "open" : a.validTo());
  }

  @Transactional
  public Authorization add(Caller caller, AuthorizationForm form) {
    caller.require(Role.ADMIN);
    var a = checked(form);
    long id = authorizations.add(caller.organizationId(), a);
    audit.record(
        caller,
        AuditAction.AUTHORIZATION_ADDED,
        "AUTHORIZATION",
        id,
        a.kind()
            + " from "
            + a.licensor()
            + " for "
            + a.brands()
            + ", "
            + a.validFrom()
            + " to "
            + (a.validTo() == null ? "open" : a.validTo()),
        null);
    long org = caller.organizationId();
    AfterCommit.run(() -> indexes.changed(org));
    return get(caller, id);
  }

  /**
   * The ASINs or SKUs of a scope: bounded in number, so that one authorization keeps its pages and
   * the screening of every listing short, and each as long as a listing's.
   */
  private static void scope(
      Map<String, String> errors, String field, Set<String> values, int most, int longest) {
    if (values == null) {
      return;
    }
    long given = values.stream().filter(v -> v != null && !v.isBlank()).count();
    if (given > most) {
      errors.putIfAbsent(
          field,
          "an authorization lists at most "
              + most
              + " "
              + (field.equals("asins") ? "ASINs" : "SKUs")
              + ", got "
              + given
              + "; leave the list empty to cover every product of the brands");
      return;
    }
    each(errors, field, values, longest);
  }

  private static void each(
      Map<String, String> errors, String field, Set<String> values, int longest) {
    if (values == null) {
      return;
    }
    for (String v : values) {
      if (v != null && v.strip().length() > longest) {
        String start = v.strip().substring(0, 20);
        errors.putIfAbsent(
            field,
            "\""
                + start
                + "...\" has "
                + v.strip().length()
                + " characters; each has at most "
                + longest);
        return;
      }
    }
  }

  @Transactional
  public Authorization attachDocument(
      Caller caller, long id, String fileName, InputStream content) {
    caller.require(Role.ADMIN);
    get(caller, id);
    var doc = documents.store(caller.organizationId(), fileName, content);
    authorizations.attach(caller.organizationId(), id, doc.id());
    audit.record(
        caller,
        AuditAction.AUTHORIZATION_DOCUMENT_ATTACHED,
        "AUTHORIZATION",
        id,
        doc.originalName(),
        null);
    return get(caller, id);
  }

  /** Authorizations that end within the next {@code days} days, for the 30- and 7-day alerts. */
  public List<Authorization> expiring(Caller caller, int days, LocalDate today) {
    return authorizations.expiringBetween(caller.organizationId(), today, today.plusDays(days));
  }
}
