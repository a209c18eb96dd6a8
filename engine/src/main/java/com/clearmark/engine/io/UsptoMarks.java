package com.clearmark.engine.io;

import com.clearmark.engine.mark.Mark;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Marks from USPTO XML in any of three layouts, told apart by the root element: the bulk daily
 * applications file ({@code trademark-applications-daily}, one {@code case-file} per mark), a TSDR
 * record in WIPO ST.66 ({@code Transaction}, one {@code TradeMark} per mark) and a TSDR record in
 * WIPO ST.96 ({@code TrademarkTransaction}, one {@code Trademark} per mark). Elements are matched
 * on their local names, whatever their namespace.
 *
 * <p>The file is streamed with StAX, so its size does not matter. DTDs are not read and external
 * entities never resolved: an XML external entity in a hostile file cannot pull in local files.
 *
 * <p>For each mark: the word mark ({@code mark-identification} or {@code MarkVerbalElementText});
 * the registration number, or {@code SN} and the serial number when not registered; the owner (the
 * bulk file's owner with the latest party type, or the first applicant listed by ST.66 and ST.96,
 * which list the current owner first); the Nice classes 1 to 45 (US classes such as 200 or A are
 * left out); the status by {@link UsptoStatus}; jurisdiction {@code US}. Records without a word
 * mark are design-only and are counted, not returned.
 */
final class UsptoMarks {
  private static final String JURISDICTION = "US";
  private static final String SERIAL_PREFIX = "SN ";

  private enum Layout {
    BULK_DAILY("trademark-applications-daily", "case-file"),
    ST66("Transaction", "TradeMark"),
    ST96("TrademarkTransaction", "Trademark");

    final String root;
    final String record;

    Layout(String root, String record) {
      this.root = root;
      this.record = record;
    }

    static Layout ofRoot(String root) {
      for (Layout layout : values()) {
        if (layout.root.equals(root)) {
          return layout;
        }
      }
      return null;
    }
  }

  private final InputFile file;
  private final List<String> path = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<Draft> waitingForApplicant = new ArrayList<>();
  private final List<Mark> marks = new ArrayList<>();
  private Layout layout;
  private Draft draft;
  private String transactionOwner = "";
  private int applicants;
  private String partyType = "";
  private String partyName = "";
  private String classKind = "";
  private String classNumber = "";
  private long withoutWordMark;
  private long tooLong;
  private boolean sawDtd;

  private UsptoMarks(InputFile file) {
    this.file = file;
  }

  /** Reads all marks; an XML syntax error fails with the line it is on. */
  static MarkFile read(InputFile file) {
    return new UsptoMarks(file).readAll();
  }

  private MarkFile readAll() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    Charset charset = XmlEncoding.of(file);
    // The parser is given characters, not bytes: its own decoders print "[Fatal Error]" to
    // standard error on a bad byte, and no StAX setting stops them. Decoding here also gives the
    // line of the bad byte.
    var chars =
        new LineCountingReader(
            file.openText(
                charset, "; save the file as UTF-8, or name its encoding in the XML declaration"));
    try (chars) {
      XMLStreamReader xml = factory.createXMLStreamReader(chars);
      try {
        while (xml.hasNext()) {
          switch (xml.next()) {
            case XMLStreamConstants.START_ELEMENT -> start(xml);
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                text.append(xml.getText());
            case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
            case XMLStreamConstants.DTD -> sawDtd = true;
            default -> {}
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException unreadable) {
        throw file.failure(chars.line(), unreadable);
      }
      String dtdNote =
          sawDtd
              ? " (Clearmark ignores the DOCTYPE, so entities declared there, including external"
                  + " ones, are never loaded)"
              : "";
      throw file.failure(
          lineOf(e.getLocation()), "", "the XML is malformed: " + reason(e) + dtdNote);
    } catch (IOException e) {
      throw file.failure(chars.line(), e);
    }
    if (layout == null) {
      throw file.failure(0, "", "the file is empty");
    }
    flushTransaction();
    return new MarkFile(marks, withoutWordMark, tooLong);
  }

  private void start(XMLStreamReader xml) {
    String name = xml.getLocalName();
    if (layout == null) {
      layout = Layout.ofRoot(name);
      if (layout == null) {
        throw file.failure(
            lineOf(xml.getLocation()),
            "",
            "the root element <"
                + name
                + "> is not a USPTO layout Clearmark reads; expected <trademark-applications-daily>"
                + " (bulk daily XML), <Transaction> (TSDR ST.66) or <TrademarkTransaction> (TSDR"
                + " ST.96)");
      }
    }
    path.add(name);
    text.setLength(0);
    if (name.equals(layout.record)) {
      draft = new Draft();
    }
    switch (name) {
      case "ApplicantDetails", "ApplicantBag" -> applicants = 0;
      case "Applicant" -> applicants++;
      case "case-file-owner" -> {
        partyType = "";
        partyName = "";
      }
      case "GoodsServicesClassification" -> {
        classKind = "";
        classNumber = "";
      }
      default -> {}
    }
  }

  private void end(String name) {
    String value = text.toString().strip();
    text.setLength(0);
    String parent = ancestor(1);
    switch (layout) {
      case BULK_DAILY -> endInBulkDaily(name, parent, value);
      case ST66 -> endInSt66(name, parent, value);
      case ST96 -> endInSt96(name, parent, value);
    }
    path.remove(path.size() - 1);
  }

  private void endInBulkDaily(String name, String parent, String value) {
    if (draft == null) {
      return;
    }
    switch (name) {
      case "serial-number" -> {
        if (parent.equals("case-file")) {
          draft.serial = value;
        }
      }
      case "registration-number" -> {
        if (parent.equals("case-file") && !value.chars().allMatch(c -> c == '0')) {
          draft.registration = value;
        }
      }
      case "mark-identification" -> draft.name = value;
      case "status-code" -> {
        if (parent.equals("case-file-header")) {
          draft.status = value;
        }
      }
      case "party-type" -> partyType = value;
      case "party-name" -> partyName = value;
      case "case-file-owner" -> draft.offerOwner(partyType, partyName);
      case "international-code" -> draft.addClass(value);
      case "case-file" -> emit(draft);
      default -> {}
    }
  }

  private void endInSt66(String name, String parent, String value) {
    switch (name) {
      case "FreeFormatNameLine", "OrganizationName" -> {
        if (applicants == 1 && isWithin("Applicant") && !value.isEmpty()) {
          if (draft != null && draft.owner.isEmpty()) {
            draft.owner = value;
          } else if (draft == null && transactionOwner.isEmpty()) {
            transactionOwner = value;
          }
        }
      }
      case "TransactionData" -> flushTransaction();
      default -> {}
    }
    if (draft == null) {
      return;
    }
    switch (name) {
      case "ApplicationNumber" -> {
        if (parent.equals("TradeMark")) {
          draft.serial = value;
        }
      }
      case "RegistrationNumber" -> {
        if (parent.equals("TradeMark")) {
          draft.registration = value;
        }
      }
      case "MarkCurrentStatusCode" -> draft.status = value;
      case "MarkVerbalElementText" -> draft.offerName(value);
      case "ClassNumber" -> draft.addClass(value);
      case "TradeMark" -> {
        // ST.66 from TSDR puts the applicants after the mark, beside it in TransactionData
        waitingForApplicant.add(draft);
        draft = null;
      }
      default -> {}
    }
  }

  private void endInSt96(String name, String parent, String value) {
    if (draft == null) {
      return;
    }
    switch (name) {
      case "ApplicationNumberText" -> {
        if (ancestor(2).equals("Trademark")) {
          draft.serial = value;
        }
      }
      case "RegistrationNumber" -> {
        if (parent.equals("Trademark")) {
          draft.registration = value;
        }
      }
      case "MarkCurrentStatusCode" -> draft.status = value;
      case "MarkVerbalElementText" -> draft.offerName(value);
      case "EntityName", "OrganizationStandardName", "PersonFullName" -> {
        if (applicants == 1 && isWithin("ApplicantBag") && draft.owner.isEmpty()) {
          draft.owner = value;
        }
      }
      case "ClassificationKindCode" -> classKind = value;
      case "ClassNumber" -> {
        if (parent.equals("GoodsServicesClassification")) {
          classNumber = value;
        } else if (parent.equals("ClassDescription")) {
          draft.addClass(value);
        }
      }
      case "GoodsServicesClassification" -> {
        if (classKind.isEmpty()
            || classKind.equalsIgnoreCase("Nice")
            || classKind.equalsIgnoreCase("Primary")) {
          draft.addClass(classNumber);
        }
      }
      case "Trademark" -> emit(draft);
      default -> {}
    }
  }

  private void flushTransaction() {
    for (Draft waiting : waitingForApplicant) {
      if (waiting.owner.isEmpty()) {
        waiting.owner = transactionOwner;
      }
      emit(waiting);
    }
    waitingForApplicant.clear();
    transactionOwner = "";
  }

  private void emit(Draft mark) {
    if (mark == draft) {
      draft = null;
    }
    if (mark.name.isEmpty()) {
      withoutWordMark++;
      return;
    }
    if (mark.name.strip().length() > Mark.MAX_NAME_LENGTH) {
      tooLong++;
      return;
    }
    String registration =
        !mark.registration.isEmpty()
            ? mark.registration
            : mark.serial.isEmpty() ? "" : SERIAL_PREFIX + mark.serial;
    marks.add(
        new Mark(
            mark.name,
            mark.owner,
            registration,
            JURISDICTION,
            mark.classes,
            UsptoStatus.of(mark.status),
            false));
  }

  /** The element {@code levels} above the one being closed, or "" above the root. */
  private String ancestor(int levels) {
    int index = path.size() - 1 - levels;
    return index >= 0 ? path.get(index) : "";
  }

  private boolean isWithin(String element) {
    return path.contains(element);
  }

  private static long lineOf(Location location) {
    return location == null ? 0 : Math.max(0, location.getLineNumber());
  }

  private static String reason(XMLStreamException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int at = message.indexOf("Message: ");
    return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
  }

  /** One mark as its elements arrive. */
  private static final class Draft {
    String name = "";
    String owner = "";
    String registration = "";
    String serial = "";
    String status = "";
    final Set<Integer> classes = new TreeSet<>();
    private int ownerRank = -1;

    void offerName(String value) {
      if (name.isEmpty()) {
        name = value;
      }
    }

    /** Keeps the owner with the highest party type, the most recent in the USPTO's numbering. */
    void offerOwner(String type, String party) {
      if (party.isEmpty()) {
        return;
      }
      int rank;
      try {
        rank = Integer.parseInt(type);
      } catch (NumberFormatException e) {
        rank = 0;
      }
      if (rank > ownerRank) {
        ownerRank = rank;
        owner = party;
      }
    }

    /** Adds an international class; other class systems' numbers are left out. */
    void addClass(String value) {
      if (value.length() > 3
          || value.isEmpty()
          || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return;
      }
      int number = Integer.parseInt(value);
      if (number >= 1 && number <= 45) {
        classes.add(number);
      }
    }
  }
}
