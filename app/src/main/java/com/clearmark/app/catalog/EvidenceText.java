package com.clearmark.app.catalog;

import com.clearmark.app.screening.ListingFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits each field of a listing version into plain and highlighted pieces, so the page can show
 * the evidence of every finding where it sits in the text. Overlapping evidence is merged into one
 * highlight that carries every finding's explanation.
 */
final class EvidenceText {

  private EvidenceText() {}

  /** A field with its pieces; a piece with a severity is highlighted. */
  public record Field(String name, String label, List<Piece> pieces, boolean flagged) {}

  /**
   * @param severity the most severe finding's severity, or null for plain text
   * @param note the explanations of the findings the piece is evidence for
   */
  public record Piece(String text, String severity, String note) {
    public boolean highlighted() {
      return severity != null;
    }

    public boolean severe() {
      return "HIGH".equals(severity) || "CRITICAL".equals(severity);
    }
  }

  /** A field's name as findings give it ({@code bullet_points[2]}), in words ("Bullet point 2"). */
  static String label(String name) {
    if (name.startsWith("bullet_points[") && name.endsWith("]")) {
      return "Bullet point " + name.substring(14, name.length() - 1);
    }
    if (name.startsWith("images[") && name.endsWith("]")) {
      return "Image " + name.substring(7, name.length() - 1);
    }
    return switch (name) {
      case "title" -> "Title";
      case "brand" -> "Brand";
      case "description" -> "Description";
      case "search_terms" -> "Search terms";
      case "price" -> "Price";
      default -> name;
    };
  }

  public static List<Field> fields(ListingVersion v, List<ListingFinding> findings) {
    List<Field> out = new ArrayList<>();
    add(out, v, findings, "title", "Title");
    add(out, v, findings, "brand", "Brand");
    for (int i = 1; i <= v.bulletPoints().size(); i++) {
      add(out, v, findings, "bullet_points[" + i + "]", "Bullet point " + i);
    }
    add(out, v, findings, "description", "Description");
    add(out, v, findings, "search_terms", "Search terms");
    add(out, v, findings, "price", "Price");
    return out;
  }

  private static void add(
      List<Field> out, ListingVersion v, List<ListingFinding> all, String name, String label) {
    String raw = v.field(name);
    if (raw.isEmpty()) {
      return;
    }
    String text = name.equals("price") && !v.currency().isEmpty() ? raw + " " + v.currency() : raw;
    List<ListingFinding> mine =
        all.stream()
            .filter(f -> f.field().equals(name) && !f.dismissed() && f.end() <= text.length())
            .sorted(Comparator.comparingInt(ListingFinding::start))
            .toList();
    out.add(new Field(name, label, pieces(text, mine), !mine.isEmpty()));
  }

  static List<Piece> pieces(String text, List<ListingFinding> sorted) {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    int i = 0;
    while (i < sorted.size()) {
      ListingFinding f = sorted.get(i);
      int start = Math.max(f.start(), at);
      int end = f.end();
      String severity = f.severity().name();
      var note = new StringBuilder(f.explanation());
      i++;
      while (i < sorted.size() && sorted.get(i).start() < end) {
        var g = sorted.get(i);
        end = Math.max(end, g.end());
        if (rank(g.severity().name()) > rank(severity)) {
          severity = g.severity().name();
        }
        note.append(' ').append(g.explanation());
        i++;
      }
      if (start > at) {
        pieces.add(new Piece(text.substring(at, start), null, null));
      }
      if (end > start) {
        pieces.add(new Piece(text.substring(start, end), severity, note.toString()));
      }
      at = Math.max(at, end);
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), null, null));
    }
    return pieces;
  }

  private static int rank(String severity) {
    return switch (severity) {
      case "CRITICAL" -> 4;
      case "HIGH" -> 3;
      case "MEDIUM" -> 2;
      case "LOW" -> 1;
      default -> 0;
    };
  }
}
