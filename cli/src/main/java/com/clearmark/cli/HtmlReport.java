package com.clearmark.cli;

import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ScreeningResult;
import java.io.IOException;
import java.io.Writer;

/**
 * A self-contained HTML page a seller can open or mail: no scripts, no external files, every value
 * escaped. Rows stream in as listings are screened; the summary closes the page.
 */
final class HtmlReport implements Report {

  private static final String STYLE =
      "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;"
          + "color:#1d2430}h1{font-size:1.5rem}table{border-collapse:collapse;width:100%}"
          + "td,th{border-bottom:1px solid #dde2ea;padding:.45rem .5rem;vertical-align:top;"
          + "text-align:left}th{background:#f3f5f8}.BLOCK{color:#fff;background:#b42318}"
          + ".REVIEW{background:#fdb022}.PASS{background:#d1fadf}.d{font-weight:600;"
          + "padding:.1rem .4rem;border-radius:4px}mark{background:#fee4e2;color:#912018;"
          + "font-weight:600}.why{color:#475467}.f{margin:.2rem 0 .6rem}code{font-size:.85em}";

  private final Writer out;

  HtmlReport(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(Summary s) throws IOException {
    out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.write("<title>Clearmark report: " + esc(s.source) + "</title>");
    out.write("<style>" + STYLE + "</style></head><body>");
    out.write("<h1>Clearmark screening report</h1><p>Catalogue <code>" + esc(s.source));
    out.write(
        "</code>, screened against "
            + s.marks
            + " marks. Listings with findings are listed;"
            + " the summary is at the end.</p>");
    out.write(
        "<table><thead><tr><th>Decision</th><th>Score</th><th>Listing</th>"
            + "<th>Findings</th></tr></thead><tbody>\n");
  }

  @Override
  public void write(ScreeningResult r) throws IOException {
    if (r.findings().isEmpty()) {
      return;
    }
    var l = r.listing();
    out.write("<tr><td><span class=\"d " + r.decision() + "\">" + r.decision() + "</span></td>");
    out.write("<td>" + r.score() + "</td><td><b>" + esc(r.id()) + "</b>");
    if (!l.asin().isEmpty()) {
      out.write("<br><code>" + esc(l.asin()) + "</code>");
    }
    out.write("<br>" + esc(TableReport.shorten(l.title(), 140)) + "</td><td>");
    for (Finding f : r.findings()) {
      Evidence e = Evidence.of(l, f);
      out.write(
          "<div class=\"f\"><b>"
              + f.rule()
              + "</b> ("
              + f.severity()
              + ", "
              + esc(f.field())
              + "): "
              + esc(e.before())
              + "<mark>"
              + esc(e.match())
              + "</mark>"
              + esc(e.after())
              + "<br><span class=\"why\">"
              + esc(f.explanation())
              + "</span></div>");
    }
    out.write("</td></tr>\n");
  }

  @Override
  public void end(Summary s) throws IOException {
    out.write("</tbody></table><h2>Summary</h2><p>");
    out.write(String.format("%,d listings (%s) in %.1f s: ", s.listings, esc(s.format), s.seconds));
    out.write("<span class=\"d BLOCK\">BLOCK " + s.count(Decision.BLOCK) + "</span> ");
    out.write("<span class=\"d REVIEW\">REVIEW " + s.count(Decision.REVIEW) + "</span> ");
    out.write("<span class=\"d PASS\">PASS " + s.count(Decision.PASS) + "</span>");
    if (s.problems > 0) {
      out.write("; " + s.problems + " malformed rows skipped");
    }
    out.write("</p><ul>");
    for (var e : s.rules().entrySet()) {
      out.write("<li>" + e.getKey() + ": " + e.getValue() + "</li>");
    }
    out.write("</ul></body></html>\n");
  }

  static String esc(String s) {
    var sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
