package com.clearmark.app.sourcing;

import com.clearmark.app.document.Documents;
import com.clearmark.app.document.StoredDocument;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Supplier invoices with their lines and attached document. */
@Repository
public class Invoices {

  private final JdbcClient jdbc;
  private final Suppliers suppliers;
  private final Documents documents;
  private final Clock clock;

  Invoices(JdbcClient jdbc, Suppliers suppliers, Documents documents, Clock clock) {
    this.jdbc = jdbc;
    this.suppliers = suppliers;
    this.documents = documents;
    this.clock = clock;
  }

  public long add(
      long organizationId,
      long supplierId,
      String number,
      LocalDate date,
      List<InvoiceLine> lines) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into invoices (organization_id, supplier_id, number, invoice_date, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(organizationId, supplierId, number, date, Timestamps.now(clock))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    addLines(id, lines);
    return id;
  }

  private void addLines(long invoiceId, List<InvoiceLine> lines) {
    for (InvoiceLine l : lines) {
      jdbc.sql(
              "insert into invoice_lines (invoice_id, brand, product, asin, sku, quantity,"
                  + " unit_price) values (?, ?, ?, ?, ?, ?, ?)")
          .params(invoiceId, l.brand(), l.product(), l.asin(), l.sku(), l.quantity(), l.unitPrice())
          .update();
    }
  }

  /** How many corrections the invoice has had, to write the next only over the one read. */
  public long revision(long organizationId, long id) {
    return jdbc.sql("select revision from invoices where id = ? and organization_id = ?")
        .params(id, organizationId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /**
   * Stores an invoice's corrected supplier, number, date and lines, provided nobody corrected it
   * since it was read at {@code revision}.
   *
   * @throws ConflictException when someone else corrected it first
   */
  public void corrected(
      long organizationId,
      long id,
      long revision,
      long supplierId,
      String number,
      LocalDate date,
      List<InvoiceLine> lines) {
    int changed =
        jdbc.sql(
                "update invoices set supplier_id = ?, number = ?, invoice_date = ?, revision ="
                    + " revision + 1 where id = ? and organization_id = ? and revision = ?")
            .params(supplierId, number, date, id, organizationId, revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
    jdbc.sql("delete from invoice_lines where invoice_id = ?").param(id).update();
    addLines(id, lines);
  }

  /**
   * Deletes an invoice and its lines, provided nobody corrected it since it was read.
   *
   * @throws ConflictException when someone else corrected it first
   */
  public void removed(long organizationId, long id, long revision) {
    int owned =
        jdbc.sql(
                "select count(*) from invoices where id = ? and organization_id = ? and revision"
                    + " = ?")
            .params(id, organizationId, revision)
            .query(Integer.class)
            .single();
    if (owned != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
    jdbc.sql("delete from invoice_lines where invoice_id = ?").param(id).update();
    jdbc.sql("delete from invoices where id = ? and organization_id = ? and revision = ?")
        .params(id, organizationId, revision)
        .update();
  }

  static final String CHANGED_MEANWHILE =
      "This invoice was changed by someone else at the same time; reload it and try again.";

  public boolean attach(long organizationId, long invoiceId, long documentId) {
    return jdbc.sql("update invoices set document_id = ? where id = ? and organization_id = ?")
            .params(documentId, invoiceId, organizationId)
            .update()
        > 0;
  }

  public Optional<Invoice> find(long organizationId, long id) {
    return all(organizationId, id).stream().findFirst();
  }

  public List<Invoice> all(long organizationId) {
    return all(organizationId, null);
  }

  /** The id of the document attached to an invoice, if any. */
  public Optional<Long> documentOf(long organizationId, long invoiceId) {
    return jdbc.sql("select document_id from invoices where id = ? and organization_id = ?")
        .params(invoiceId, organizationId)
        .query((rs, n) -> (Long) rs.getObject(1, Long.class))
        .optional()
        .filter(Objects::nonNull);
  }

  private List<Invoice> all(long organizationId, Long only) {
    Map<Long, List<InvoiceLine>> lines = new HashMap<>();
    jdbc.sql(
            "select l.* from invoice_lines l join invoices i on i.id = l.invoice_id where"
                + " i.organization_id = ?"
                + (only == null ? "" : " and i.id = " + only)
                + " order by l.id")
        .param(organizationId)
        .query(
            rs -> {
              lines
                  .computeIfAbsent(rs.getLong("invoice_id"), k -> new ArrayList<>())
                  .add(
                      new InvoiceLine(
                          rs.getString("brand"),
                          rs.getString("product"),
                          rs.getString("asin"),
                          rs.getString("sku"),
                          rs.getLong("quantity"),
                          rs.getBigDecimal("unit_price")));
            });
    Map<Long, Supplier> bySupplier = new HashMap<>();
    suppliers.all(organizationId).forEach(s -> bySupplier.put(s.id(), s));
    Map<Long, StoredDocument> attached = documents.all(organizationId);
    return jdbc.sql(
            "select id, number, invoice_date, supplier_id, document_id from invoices where"
                + " organization_id = ?"
                + (only == null ? "" : " and id = " + only)
                + " order by invoice_date desc, id")
        .param(organizationId)
        .query(
            (rs, n) -> {
              Long documentId = rs.getObject("document_id", Long.class);
              StoredDocument document = documentId == null ? null : attached.get(documentId);
              return new Invoice(
                  rs.getLong("id"),
                  rs.getString("number"),
                  rs.getObject("invoice_date", LocalDate.class),
                  bySupplier.get(rs.getLong("supplier_id")),
                  lines.getOrDefault(rs.getLong("id"), List.of()),
                  document == null ? null : document.originalName(),
                  document == null ? null : document.detectedType());
            })
        .list();
  }
}
