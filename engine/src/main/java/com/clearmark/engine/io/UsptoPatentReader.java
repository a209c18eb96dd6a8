package com.clearmark.engine.io;

import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimElement;
import com.clearmark.engine.patent.ClaimText;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads US patent grants in the USPTO full-text XML, the {@code us-patent-grant} layout of versions
 * 4.0 to 4.7, as the weekly grant files publish them: many whole documents one after another in one
 * file, each with its own XML declaration and DOCTYPE.
 *
 * <p>The file may be the zip archive the USPTO publishes it in; its {@code .xml} entry is read
 * without unpacking. The file is streamed with StAX one grant at a time (see {@link XmlDocuments}),
 * so its size does not matter; text is kept only for the fields read, each bounded. The DOCTYPE is
 * never read and no entity is ever resolved; a DOCTYPE that declares entities is refused, since a
 * grant needs none and an external entity could pull in local files.
 *
 * <p>What is read from each grant:
 *
 * <ul>
 *   <li>{@code publication-reference}: number (leading zeros dropped: {@code D0712345} is D712345),
 *       kind and grant date;
 *   <li>{@code application-reference}: the filing date, and the type from {@code appl-type}
 *       (utility, design, plant, reissue; else from the number's prefix);
 *   <li>the earliest non-provisional US filing: the earliest of the filing date, the dates of the
 *       parent applications under {@code us-related-documents} (continuation, continuation-in-part,
 *       division, reissue and their reissue forms, including a parent PCT application, which has
 *       the effect of a US filing), and the international filing date of a national stage entry
 *       ({@code pct-or-regional-filing-data}). Provisional applications ({@code
 *       us-provisional-application}) and earlier publications never start the term and are left
 *       out;
 *   <li>{@code us-term-of-grant}: the term adjustment in days ({@code us-term-extension}), and a
 *       terminal disclaimer when its text says so;
 *   <li>{@code classifications-cpc}: main then further classes, as "B65D 41/04";
 *   <li>{@code invention-title}, and the first assignee's organisation or name (else an applicant
 *       filing as assignee, as {@code applicant-authority-category="assignee"} marks it);
 *   <li>{@code claims/claim}: each claim's number, the claim it refers to ({@code claim-ref}), and
 *       its elements from the nested {@code claim-text} elements, one level deeper per nesting; a
 *       claim written without nesting is split by {@link ClaimText}.
 * </ul>
 *
 * <p>A grant that cannot be used (malformed XML, no number or grant date, a claim referring ahead)
 * is an {@link InputProblem} with its line, and skipped when reading leniently; the next grant is
 * read all the same.
 */
public final class UsptoPatentReader {

  /** The root element of a grant. */
  public static final String ROOT = "us-patent-grant";

  /** Claims read per grant; more is refused as not a real grant. */
  public static final int MAX_CLAIMS = PatentCsvReader.MAX_CLAIMS;

  /** Characters kept of one simple value (a number, a date, a name). */
  static final int MAX_VALUE_CHARS = 2_000;

  /** CPC classes kept per grant. */
  static final int MAX_CPC = 200;

  /** Characters looked at before parsing, for a DOCTYPE that declares entities. */
  private static final int PROLOG_CHARS = 8192;

  private static final String ENTITIES_REFUSED =
      "the DOCTYPE declares entities, which Clearmark refuses: a grant needs none, and an"
          + " external entity could read local files";

  private static final Pattern NUMBER = Pattern.compile("(D|PP|RE|RX|H|T|AI)?0*(\\d{1,11})");
  private static final Pattern DIGITS = Pattern.compile("(\\d{1,4})");
  private static final Set<String> PARENT_RELATIONS =
      Set.of(
          "continuation",
          "continuation-in-part",
          "division",
          "reissue",
          "continuing-reissue",
          "us-divisional-reissue",
          "us-reissue");

  private final InputFile file;
  private final Problems problems;
  private final Consumer<Patent> sink;
  private long read;

  private UsptoPatentReader(InputFile file, Problems problems, Consumer<Patent> sink) {
    this.file = file;
    this.problems = problems;
    this.sink = sink;
  }

  /**
   * Reads every grant in the file, giving each to {@code sink} as soon as it is read.
   *
   * @param strict whether a grant that cannot be used stops the reading instead of being skipped
   * @param problems receives the grants skipped when reading leniently
   * @return the number of patents given to {@code sink}
   * @throws InputException when the file is missing, unreadable or holds no {@code
   *     us-patent-grant}, or, reading strictly, at the first grant that cannot be used
   */
  public static long read(
      Path file, boolean strict, Consumer<InputProblem> problems, Consumer<Patent> sink) {
    return new UsptoPatentReader(InputFile.of(file), new Problems(strict, problems), sink)
        .readAll();
  }

  private long readAll() {
    String advice = "; save the file as UTF-8, or name its encoding in the XML declaration";
    Reader chars;
    if (ZipEntryInput.isZip(file.path())) {
      Charset charset;
      try (InputStream head = ZipEntryInput.open(file, ".xml")) {
        charset = XmlEncoding.of(file, head);
      } catch (IOException e) {
        throw file.failure(0, e);
      }
      chars = new DecodingReader(ZipEntryInput.open(file, ".xml"), charset, advice);
    } else {
      chars = file.openText(XmlEncoding.of(file), advice);
    }
    var documents = new XmlDocuments(chars);
    long grants = 0;
    try (chars) {
      XMLInputFactory factory = factory();
      Reader document;
      while (true) {
        document = documents.next();
        if (document == null) {
          break;
        }
        long startLine = documents.line();
        grants++;
        new Grant(startLine).read(factory, document);
      }
    } catch (IOException e) {
      throw file.failure(documents.line(), e);
    }
    if (grants == 0) {
      throw file.failure(0, "", "the file is empty");
    }
    return read;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** A grant that cannot be used, at a line of the file. */
  private static final class Unusable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long line;
    final String field;

    Unusable(long line, String field, String message) {
      super(message, null, false, false);
      this.line = line;
      this.field = field;
    }
  }

  /** The state of reading one grant document. */
  private final class Grant {
    private final long offset;
    private final List<String> path = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder title = new StringBuilder();
    private boolean inTitle;
    private long rootLine;

    /** The depth of a {@code description} or {@code abstract} being skipped, else 0. */
    private int skipping;

    private String number = "";
    private String kind = "";
    private LocalDate granted;
    private LocalDate filed;
    private String applType = "";
    private LocalDate earliestParent;
    private int adjustment;
    private boolean disclaimer;
    private final Set<String> cpc = new LinkedHashSet<>();
    private final String[] cpcParts = new String[5];
    private String assignee = "";
    private final StringBuilder assigneeFirst = new StringBuilder();
    private final StringBuilder assigneeLast = new StringBuilder();
    private boolean inAssignee;
    private boolean assigneeDone;

    /** An applicant filing as assignee, named when the grant lists no assignee. */
    private String applicantAssignee = "";

    private boolean inApplicantAssignee;
    private String relation = "";
    private String docCountry = "";
    private String docDate = "";

    private final List<Claim> claims = new ArrayList<>();
    private final Map<String, Integer> claimIds = new HashMap<>();
    private ClaimDraft claim;

    Grant(long startLine) {
      this.offset = startLine - 1;
    }

    void read(XMLInputFactory factory, Reader document) throws IOException {
      XMLStreamReader xml = null;
      try {
        var buffered = new BufferedReader(document, PROLOG_CHARS);
        refuseDeclaredEntities(buffered);
        xml = factory.createXMLStreamReader(buffered);
        while (xml.hasNext()) {
          switch (xml.next()) {
            case XMLStreamConstants.START_ELEMENT -> start(xml);
            case XMLStreamConstants.CHARACTERS,
                XMLStreamConstants.CDATA,
                XMLStreamConstants.SPACE ->
                characters(xml);
            case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
            case XMLStreamConstants.DTD -> refuseEntities(xml);
            case XMLStreamConstants.ENTITY_REFERENCE ->
                throw new Unusable(
                    line(xml.getLocation()),
                    "",
                    "the entity &"
                        + xml.getLocalName()
                        + "; is not resolved: Clearmark reads no DOCTYPE, and a grant needs no"
                        + " entities besides the five of XML and numeric ones");
            default -> {}
          }
        }
        if (rootLine == 0) {
          throw new Unusable(offset + 1, "", "the document has no elements");
        }
        deliver();
      } catch (XMLStreamException e) {
        if (e.getNestedException() instanceof IOException unreadable) {
          throw file.failure(line(e.getLocation()), unreadable);
        }
        problems.report(
            file.problem(line(e.getLocation()), "", "the XML is malformed: " + reason(e)));
      } catch (Unusable e) {
        problems.report(file.problem(e.line, e.field, e.getMessage()));
      } finally {
        if (xml != null) {
          try {
            xml.close();
          } catch (XMLStreamException ignored) {
            // closing a parser that already failed
          }
        }
      }
    }

    private long line(Location location) {
      int l = location == null ? -1 : location.getLineNumber();
      return l > 0 ? offset + l : offset + 1;
    }

    /**
     * Refuses a DOCTYPE that declares entities before the parser sees it, so the refusal does not
     * depend on when the parser reports the DOCTYPE; a DOCTYPE longer than the look-ahead is caught
     * by its event instead.
     */
    private void refuseDeclaredEntities(BufferedReader in) throws IOException {
      char[] head = new char[PROLOG_CHARS];
      in.mark(PROLOG_CHARS);
      int n = in.read(head, 0, head.length);
      in.reset();
      if (n <= 0) {
        return;
      }
      String prolog = new String(head, 0, n);
      int root = prolog.indexOf("<" + ROOT);
      int entity = prolog.indexOf("<!ENTITY");
      if (entity >= 0 && (root < 0 || entity < root)) {
        long newlines = prolog.substring(0, entity).chars().filter(c -> c == '\n').count();
        throw new Unusable(offset + 1 + newlines, "DOCTYPE", ENTITIES_REFUSED);
      }
    }

    private void refuseEntities(XMLStreamReader xml) {
      String doctype = xml.getText();
      if (doctype != null && doctype.contains("<!ENTITY")) {
        throw new Unusable(line(xml.getLocation()), "DOCTYPE", ENTITIES_REFUSED);
      }
    }

    private void start(XMLStreamReader xml) {
      String name = xml.getLocalName();
      if (path.isEmpty()) {
        rootLine = line(xml.getLocation());
        if (!name.equals(ROOT)) {
          throw new Unusable(
              rootLine,
              "",
              "the root element <"
                  + name
                  + "> is not a patent grant; expected <"
                  + ROOT
                  + "> (USPTO full-text grant XML)");
        }
      }
      path.add(name);
      value.setLength(0);
      if (skipping == 0 && (name.equals("description") || name.equals("abstract"))) {
        skipping = path.size();
      }
      if (claim != null) {
        claim.start(name, xml);
        return;
      }
      switch (name) {
        case "application-reference" -> {
          String type = xml.getAttributeValue(null, "appl-type");
          applType = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        }
        case "invention-title" -> {
          inTitle = true;
          title.setLength(0);
        }
        case "us-applicant", "applicant" -> {
          String category = xml.getAttributeValue(null, "applicant-authority-category");
          inApplicantAssignee = "assignee".equals(category) && applicantAssignee.isEmpty();
        }
        case "assignee" -> {
          if (!assigneeDone) {
            inAssignee = true;
            assigneeFirst.setLength(0);
            assigneeLast.setLength(0);
          }
        }
        case "classification-cpc" -> Arrays.fill(cpcParts, null);
        case "document-id" -> {
          docCountry = "";
          docDate = "";
        }
        case "claim" -> {
          if (claims.size() >= MAX_CLAIMS) {
            throw new Unusable(
                line(xml.getLocation()),
                "claims",
                "more than " + MAX_CLAIMS + " claims; at most " + MAX_CLAIMS + " are read");
          }
          claim = new ClaimDraft(line(xml.getLocation()), xml, claims.size() + 1);
        }
        default -> {
          if (PARENT_RELATIONS.contains(name) && parentIs("us-related-documents")) {
            relation = name;
          }
        }
      }
    }

    private void characters(XMLStreamReader xml) {
      if (skipping > 0) {
        return;
      }
      if (claim != null) {
        claim.characters(xml);
        return;
      }
      if (inTitle) {
        append(title, xml);
      }
      append(value, xml);
    }

    private void end(String name) {
      if (claim != null) {
        if (name.equals("claim")) {
          claims.add(claim.finish(claimIds));
          claimIds.put(claim.id, claims.get(claims.size() - 1).number());
          claim = null;
        } else {
          claim.end(name);
        }
        path.remove(path.size() - 1);
        return;
      }
      if (skipping == path.size()) {
        skipping = 0;
      }
      String text = value.toString().strip();
      value.setLength(0);
      String parent = ancestor(1);
      switch (name) {
        case "invention-title" -> inTitle = false;
        case "doc-number" -> {
          if (within("publication-reference") && number.isEmpty()) {
            number = text;
          }
        }
        case "kind" -> {
          if (within("publication-reference") && kind.isEmpty()) {
            kind = text;
          }
        }
        case "country" -> docCountry = text;
        case "date" -> {
          if (parent.equals("document-id")) {
            docDate = text;
          }
        }
        case "document-id" -> documentId();
        case "us-term-extension" -> adjustment = days(text);
        case "text" -> {
          if (within("us-term-of-grant")
              && text.toLowerCase(Locale.ROOT).contains("terminal disclaimer")) {
            disclaimer = true;
          }
        }
        case "section", "class", "subclass", "main-group", "subgroup" -> {
          if (parent.equals("classification-cpc") && within("classifications-cpc")) {
            cpcParts[cpcIndex(name)] = text;
          }
        }
        case "classification-cpc" -> {
          if (within("classifications-cpc") && cpc.size() < MAX_CPC) {
            addCpc();
          }
        }
        case "orgname" -> {
          if (inAssignee && assignee.isEmpty()) {
            assignee = text;
          } else if (inApplicantAssignee && applicantAssignee.isEmpty()) {
            applicantAssignee = text;
          }
        }
        case "us-applicant", "applicant" -> inApplicantAssignee = false;
        case "first-name" -> {
          if (inAssignee) {
            assigneeFirst.append(text);
          }
        }
        case "last-name" -> {
          if (inAssignee) {
            assigneeLast.append(text);
          }
        }
        case "assignee" -> {
          if (inAssignee) {
            if (assignee.isEmpty() && assigneeLast.length() > 0) {
              assignee = (assigneeFirst + " " + assigneeLast).strip();
            }
            inAssignee = false;
            assigneeDone = !assignee.isEmpty();
          }
        }
        default -> {
          if (name.equals(relation)) {
            relation = "";
          }
        }
      }
      path.remove(path.size() - 1);
    }

    /** A {@code document-id} has ended: it may be the grant, the application or a parent. */
    private void documentId() {
      String parent = ancestor(1);
      if (parent.equals("publication-reference") && within("us-bibliographic-data-grant")) {
        granted = date(docDate, "publication-reference/document-id/date");
      } else if (parent.equals("application-reference") && within("us-bibliographic-data-grant")) {
        filed = date(docDate, "application-reference/document-id/date");
      } else if (parent.equals("pct-or-regional-filing-data")) {
        earlier(lenientDate(docDate));
      } else if (!relation.isEmpty()
          && (parent.equals("parent-doc") || parent.equals("parent-pct-document"))
          && (parent.equals("parent-pct-document")
              || docCountry.isEmpty()
              || docCountry.equals("US"))) {
        earlier(lenientDate(docDate));
      }
    }

    private void earlier(LocalDate date) {
      if (date != null && (earliestParent == null || date.isBefore(earliestParent))) {
        earliestParent = date;
      }
    }

    private void addCpc() {
      String section = cpcParts[0];
      String klass = cpcParts[1];
      String subclass = cpcParts[2];
      if (section == null || klass == null || subclass == null) {
        return;
      }
      var sb = new StringBuilder(section).append(klass).append(subclass);
      if (cpcParts[3] != null) {
        sb.append(' ').append(cpcParts[3]);
        if (cpcParts[4] != null) {
          sb.append('/').append(cpcParts[4]);
        }
      }
      cpc.add(sb.toString());
    }

    private void deliver() {
      if (number.isEmpty()) {
        throw new Unusable(rootLine, "publication-reference", "the grant has no doc-number");
      }
      Matcher m = NUMBER.matcher(number.toUpperCase(Locale.ROOT));
      if (!m.matches()) {
        throw new Unusable(
            rootLine,
            "publication-reference/document-id/doc-number",
            "\"" + number + "\" is not a US patent number");
      }
      String prefix = m.group(1) == null ? "" : m.group(1);
      String normalized = prefix + m.group(2);
      if (granted == null) {
        throw new Unusable(
            rootLine,
            "publication-reference/document-id/date",
            "grant " + normalized + " has no date");
      }
      LocalDate earliest = filed;
      if (earliestParent != null && (earliest == null || earliestParent.isBefore(earliest))) {
        earliest = earliestParent;
      }
      try {
        sink.accept(
            new Patent(
                normalized,
                kind,
                type(prefix),
                title.toString().replaceAll("\\s+", " "),
                assignee.isEmpty() ? applicantAssignee : assignee,
                filed,
                granted,
                earliest,
                adjustment,
                disclaimer,
                null,
                null,
                List.copyOf(cpc),
                claims));
        read++;
      } catch (IllegalArgumentException e) {
        throw new Unusable(rootLine, "", "grant " + normalized + ": " + e.getMessage());
      }
    }

    private PatentType type(String prefix) {
      switch (applType) {
        case "utility":
          return PatentType.UTILITY;
        case "design":
          return PatentType.DESIGN;
        case "plant":
          return PatentType.PLANT;
        case "reissue":
          return PatentType.REISSUE;
        default:
          break;
      }
      return switch (prefix) {
        case "D" -> PatentType.DESIGN;
        case "PP" -> PatentType.PLANT;
        case "RE" -> PatentType.REISSUE;
        default -> PatentType.UTILITY;
      };
    }

    private int days(String text) {
      if (text.isEmpty()) {
        return 0;
      }
      try {
        int days = Integer.parseInt(text);
        if (days >= 0 && days <= 20 * 366) {
          return days;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new Unusable(
          rootLine,
          "us-term-of-grant/us-term-extension",
          "\"" + text + "\" is not a number of days");
    }

    private LocalDate date(String text, String field) {
      LocalDate date = lenientDate(text);
      if (date == null) {
        throw new Unusable(
            rootLine,
            field,
            "\"" + text + "\" is not a date written as yyyymmdd, such as 20210615");
      }
      return date;
    }

    private boolean within(String element) {
      return path.contains(element);
    }

    private boolean parentIs(String element) {
      return ancestor(1).equals(element);
    }

    /** The element {@code up} levels above the current one, or "" above the root. */
    private String ancestor(int up) {
      int i = path.size() - 1 - up;
      return i >= 0 ? path.get(i) : "";
    }
  }

  private static int cpcIndex(String part) {
    return switch (part) {
      case "section" -> 0;
      case "class" -> 1;
      case "subclass" -> 2;
      case "main-group" -> 3;
      default -> 4;
    };
  }

  /** A yyyymmdd date, or null when it is not one (some parents are dated 00000000). */
  static LocalDate lenientDate(String text) {
    if (text.length() != 8) {
      return null;
    }
    for (int i = 0; i < 8; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return null;
      }
    }
    try {
      return LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 4, 6, 10),
          Integer.parseInt(text, 6, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void append(StringBuilder sb, XMLStreamReader xml) {
    int room = MAX_VALUE_CHARS - sb.length();
    if (room > 0) {
      sb.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
    }
  }

  private static boolean isBlank(XMLStreamReader xml) {
    char[] chars = xml.getTextCharacters();
    for (int i = xml.getTextStart(), end = i + xml.getTextLength(); i < end; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether a piece of claim text says more than punctuation and a joining "and" or "or". */
  private static boolean hasWords(String segment) {
    String letters = segment.replaceAll("[\\p{Punct}\\s]+", " ").strip().toLowerCase(Locale.ROOT);
    return !letters.isEmpty() && !letters.equals("and") && !letters.equals("or");
  }

  private static String reason(XMLStreamException e) {
    String message = e.getMessage();
    int at = message == null ? -1 : message.indexOf("Message: ");
    return at >= 0 ? message.substring(at + "Message: ".length()).strip() : String.valueOf(message);
  }

  /**
   * One claim as it is read: the text of each {@code claim-text}, at its nesting depth, and the
   * first {@code claim-ref}.
   */
  private final class ClaimDraft {
    final long line;
    final String id;
    final int number;
    private final StringBuilder whole = new StringBuilder();
    private final List<StringBuilder> segments = new ArrayList<>();
    private final List<Integer> depths = new ArrayList<>();

    /** Per open {@code claim-text}: the segment its text goes to, or -1 once it has had a child. */
    private final List<Integer> open = new ArrayList<>();

    private final List<Integer> openDepth = new ArrayList<>();
    private String firstRef;
    private final StringBuilder refText = new StringBuilder();
    private boolean inRef;

    ClaimDraft(long line, XMLStreamReader xml, int next) {
      this.line = line;
      String idValue = xml.getAttributeValue(null, "id");
      this.id = idValue == null ? "" : idValue;
      String num = xml.getAttributeValue(null, "num");
      int n = 0;
      if (num != null && !num.isEmpty() && num.length() <= 8) {
        for (int i = 0; i < num.length() && n >= 0; i++) {
          char c = num.charAt(i);
          n = c >= '0' && c <= '9' ? n * 10 + (c - '0') : -1;
        }
      }
      this.number = n > 0 && n <= 9_999 ? n : next;
    }

    void start(String name, XMLStreamReader xml) {
      switch (name) {
        case "claim-text" -> {
          if (!open.isEmpty()) {
            // text of the parent after this child is a further element, not more of the parent
            open.set(open.size() - 1, -1);
          }
          segments.add(new StringBuilder());
          depths.add(open.size());
          openDepth.add(open.size());
          open.add(segments.size() - 1);
          whole.append(' ');
        }
        case "claim-ref" -> {
          if (firstRef == null) {
            String idref = xml.getAttributeValue(null, "idref");
            firstRef = idref == null ? "" : idref;
            inRef = true;
            refText.setLength(0);
          }
        }
        default -> {}
      }
    }

    void characters(XMLStreamReader xml) {
      if (whole.length() + xml.getTextLength() > ClaimText.MAX_CHARS) {
        throw new Unusable(
            line,
            "claims/claim",
            "claim " + number + " is longer than " + ClaimText.MAX_CHARS + " characters");
      }
      whole.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      if (!open.isEmpty()) {
        int top = open.size() - 1;
        int target = open.get(top);
        if (target < 0 && !isBlank(xml)) {
          segments.add(new StringBuilder());
          depths.add(openDepth.get(top) + 1);
          target = segments.size() - 1;
          open.set(top, target);
        }
        if (target >= 0) {
          segments
              .get(target)
              .append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
      }
      if (inRef) {
        refText.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      }
    }

    void end(String name) {
      switch (name) {
        case "claim-text" -> {
          if (!open.isEmpty()) {
            open.remove(open.size() - 1);
            openDepth.remove(openDepth.size() - 1);
          }
          whole.append(' ');
        }
        case "claim-ref" -> inRef = false;
        default -> {}
      }
    }

    Claim finish(Map<String, Integer> claimIds) {
      int claimNumber = number;
      int refers = 0;
      if (firstRef != null) {
        Integer byId = claimIds.get(firstRef);
        if (byId != null) {
          refers = byId;
        } else {
          Matcher digits = DIGITS.matcher(refText);
          if (digits.find()) {
            refers = Integer.parseInt(digits.group(1));
          }
        }
      }
      String text = whole.toString().strip();
      if (text.isEmpty()) {
        throw new Unusable(line, "claims/claim", "claim " + claimNumber + " has no text");
      }
      List<ClaimElement> elements = new ArrayList<>();
      for (int i = 1; i < segments.size(); i++) {
        String segment = segments.get(i).toString().strip();
        if (hasWords(segment)) {
          elements.add(new ClaimElement(Math.max(0, depths.get(i) - 1), segment));
        }
      }
      String lead = segments.isEmpty() ? text : segments.get(0).toString();
      try {
        return ClaimText.of(claimNumber, refers, lead, elements, text);
      } catch (IllegalArgumentException e) {
        throw new Unusable(line, "claims/claim", e.getMessage());
      }
    }
  }
}
