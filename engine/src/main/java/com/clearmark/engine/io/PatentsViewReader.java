package com.clearmark.engine.io;

import com.clearmark.engine.patent.Claim;
import com.clearmark.engine.patent.ClaimText;
import com.clearmark.engine.patent.Patent;
import com.clearmark.engine.patent.PatentType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads patents from the PatentsView granted-patent tables, tab-separated files with a header row,
 * kept in one folder, each unzipped or in the zip PatentsView publishes it in ({@code
 * g_patent.tsv.zip}, streamed without unpacking):
 *
 * <ul>
 *   <li>{@code g_patent.tsv} (required): {@code patent_id}, {@code patent_type}, {@code
 *       patent_date}, {@code patent_title}, {@code wipo_kind}, and {@code withdrawn} (withdrawn
 *       patents are left out);
 *   <li>{@code g_application.tsv}: {@code patent_id}, {@code filing_date};
 *   <li>{@code g_us_term_of_grant.tsv}: {@code patent_id}, {@code term_extension} (days of
 *       adjustment), {@code term_disclaimer} and {@code disclaimer_date} (a terminal disclaimer,
 *       and the date it ties the term to when given);
 *   <li>{@code g_cpc_current.tsv}: {@code patent_id}, {@code cpc_sequence}, {@code cpc_group} (as
 *       "A47G19/2266"), kept in sequence order as "A47G 19/2266";
 *   <li>{@code g_claims.tsv}, or the yearly {@code g_claims_2021.tsv} and so on: {@code patent_id},
 *       {@code claim_sequence} (from 0), {@code claim_number}, {@code claim_text}, {@code
 *       dependent} (the claim referred to, as "claim 1"); each claim is read by {@link ClaimText};
 *   <li>{@code g_assignee_disambiguated.tsv}: {@code patent_id}, {@code assignee_sequence}, {@code
 *       disambig_assignee_organization} or the individual's first and last name; the first is kept.
 * </ul>
 *
 * <p>The patents table is read first; every other table is streamed once and only its rows for
 * those patents are kept, so memory grows with the register, not with the tables. The tables carry
 * no continuation chain with its dates, so the earliest filing is the patent's own filing date;
 * import the grant XML where the chain matters. A malformed row is an {@link InputProblem} naming
 * its file, line and column.
 */
public final class PatentsViewReader {

  /** The table every PatentsView folder has. */
  public static final String PATENTS = "g_patent.tsv";

  private static final Pattern NUMBER = Pattern.compile("(D|PP|RE|RX|H|T|AI)?0*(\\d{1,11})");
  private static final Pattern CPC =
      Pattern.compile("([A-HY]\\d\\d[A-Z])\\s*(\\d{1,4})\\s*/\\s*(\\d{1,6})");
  private static final Pattern CLAIM_NUMBER = Pattern.compile("(\\d{1,4})");

  private final Path folder;
  private final Problems problems;
  private final Map<String, Draft> drafts = new LinkedHashMap<>();

  private PatentsViewReader(Path folder, Problems problems) {
    this.folder = folder;
    this.problems = problems;
  }

  /** Whether {@code folder} holds a PatentsView patents table. */
  public static boolean isPatentsView(Path folder) {
    return Files.isRegularFile(folder.resolve(PATENTS))
        || Files.isRegularFile(folder.resolve(PATENTS + ".zip"));
  }

  /**
   * Reads the tables in {@code folder}, giving each patent to {@code sink} once all its tables are
   * read.
   *
   * @return the number of patents given to {@code sink}
   * @throws InputException when the folder has no {@value #PATENTS}, a table lacks a required
   *     column, or, reading strictly, at the first malformed row
   */
  public static long read(
      Path folder, boolean strict, Consumer<InputProblem> problems, Consumer<Patent> sink) {
    return new PatentsViewReader(folder, new Problems(strict, problems)).readAll(sink);
  }

  private long readAll(Consumer<Patent> sink) {
    if (!isPatentsView(folder)) {
      throw new InputException(
          new InputProblem(
              folder.toString(),
              0,
              "",
              "this folder has no "
                  + PATENTS
                  + "; a PatentsView folder holds the unzipped tables"));
    }
    table(PATENTS, List.of("patent_id", "patent_date"), this::patent);
    optional("g_application.tsv", List.of("patent_id", "filing_date"), this::application);
    optional("g_us_term_of_grant.tsv", List.of("patent_id"), this::term);
    optional("g_cpc_current.tsv", List.of("patent_id", "cpc_group"), this::cpc);
    optional("g_assignee_disambiguated.tsv", List.of("patent_id"), this::assignee);
    for (Path claims : claimTables()) {
      table(
          claims.getFileName().toString().replaceFirst("\\.zip$", ""),
          List.of("patent_id", "claim_text"),
          this::claim);
    }
    long count = 0;
    for (Draft d : drafts.values()) {
      try {
        sink.accept(d.patent());
        count++;
      } catch (InvalidValue e) {
        problems.report(d.file.problem(d.line, e.field(), e.getMessage()));
      } catch (IllegalArgumentException e) {
        problems.report(d.file.problem(d.line, "", "patent " + d.number + ": " + e.getMessage()));
      }
    }
    return count;
  }

  private List<Path> claimTables() {
    var found = new ArrayList<Path>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "g_claims*.tsv{,.zip}")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        // a table present both unzipped and zipped is read once, unzipped
        if (!name.endsWith(".zip")
            || !Files.exists(f.resolveSibling(name.replaceFirst("\\.zip$", "")))) {
          found.add(f);
        }
      }
    } catch (IOException e) {
      throw new InputException(
          new InputProblem(
              folder.toString(), 0, "", "the folder cannot be listed: " + e.getMessage()),
          e);
    }
    found.sort(null);
    return found;
  }

  private interface RowReader {
    void read(Row row);
  }

  private void optional(String name, List<String> required, RowReader reader) {
    if (Files.isRegularFile(folder.resolve(name))
        || Files.isRegularFile(folder.resolve(name + ".zip"))) {
      table(name, required, reader);
    }
  }

  /** Reads a table, unzipped when present so, else from its zip as PatentsView publishes it. */
  private void table(String name, List<String> required, RowReader reader) {
    Path plain = folder.resolve(name);
    String advice = "; PatentsView tables are UTF-8";
    InputFile file;
    Reader text;
    if (Files.exists(plain)) {
      file = InputFile.of(plain);
      text = file.openText(StandardCharsets.UTF_8, advice);
    } else {
      file = InputFile.of(folder.resolve(name + ".zip"));
      text = new DecodingReader(ZipEntryInput.open(file, ".tsv"), StandardCharsets.UTF_8, advice);
    }
    try (Table table = Table.open(file, text, '\t', 0, problems)) {
      table.require(required.toArray(String[]::new));
      Row row;
      while ((row = table.next()) != null) {
        try {
          reader.read(row);
        } catch (InvalidValue e) {
          problems.report(row.problem(e.field(), e.getMessage()));
        }
      }
    }
  }

  private void patent(Row row) {
    String number = number(row);
    if (row.get("withdrawn").equals("1")) {
      return;
    }
    LocalDate granted = date(row, "patent_date");
    if (granted == null) {
      throw new InvalidValue("patent_date", "the grant date is empty");
    }
    var d = new Draft(row.file(), row.line(), number);
    d.granted = granted;
    d.kind = row.get("wipo_kind");
    d.type = type(row.get("patent_type"), number);
    d.title = row.get("patent_title");
    drafts.put(number, d);
  }

  private void application(Row row) {
    Draft d = drafts.get(number(row));
    if (d != null) {
      d.filed = date(row, "filing_date");
    }
  }

  private void term(Row row) {
    Draft d = drafts.get(number(row));
    if (d == null) {
      return;
    }
    String days = row.get("term_extension");
    if (!days.isEmpty()) {
      try {
        d.adjustment = Integer.parseInt(days);
      } catch (NumberFormatException e) {
        d.adjustment = -1;
      }
      if (d.adjustment < 0 || d.adjustment > 20 * 366) {
        throw new InvalidValue("term_extension", "\"" + days + "\" is not a number of days");
      }
    }
    d.disclaimedExpiry = date(row, "disclaimer_date");
    String disclaimer = row.get("term_disclaimer").toLowerCase(Locale.ROOT);
    d.disclaimer = d.disclaimedExpiry != null || disclaimer.contains("disclaim");
  }

  private void cpc(Row row) {
    Draft d = drafts.get(number(row));
    if (d == null || d.cpc.size() >= UsptoPatentReader.MAX_CPC) {
      return;
    }
    String group = row.get("cpc_group").toUpperCase(Locale.ROOT);
    Matcher m = CPC.matcher(group);
    if (!m.matches()) {
      throw new InvalidValue(
          "cpc_group", "\"" + group + "\" is not a CPC group such as A47G19/2266");
    }
    int sequence = integer(row, "cpc_sequence", d.cpc.size());
    d.cpc.putIfAbsent(sequence, m.group(1) + " " + m.group(2) + "/" + m.group(3));
  }

  private void assignee(Row row) {
    Draft d = drafts.get(number(row));
    if (d == null) {
      return;
    }
    int sequence = integer(row, "assignee_sequence", 0);
    if (d.assignee != null && sequence >= d.assigneeSequence) {
      return;
    }
    String name = row.get("disambig_assignee_organization");
    if (name.isEmpty()) {
      name =
          (row.get("disambig_assignee_individual_name_first")
                  + " "
                  + row.get("disambig_assignee_individual_name_last"))
              .strip();
    }
    if (!name.isEmpty()) {
      d.assignee = name;
      d.assigneeSequence = sequence;
    }
  }

  private void claim(Row row) {
    Draft d = drafts.get(number(row));
    if (d == null) {
      return;
    }
    if (d.claims.size() >= PatentCsvReader.MAX_CLAIMS) {
      throw new InvalidValue(
          "claim_text", "more than " + PatentCsvReader.MAX_CLAIMS + " claims for " + d.number);
    }
    int sequence = integer(row, "claim_sequence", d.claims.size());
    int number = integer(row, "claim_number", sequence + 1);
    int refers = 0;
    String dependent = row.get("dependent");
    Matcher m = CLAIM_NUMBER.matcher(dependent);
    if (!dependent.startsWith("-") && m.find()) {
      refers = Integer.parseInt(m.group(1));
    }
    if (refers >= number) {
      // a marker such as "-1" or a number that is not an earlier claim: read the text instead
      refers = 0;
    }
    String text = row.get("claim_text");
    if (text.isEmpty()) {
      throw new InvalidValue("claim_text", "the claim is empty");
    }
    try {
      d.claims.put(sequence, ClaimText.of(number, refers, text, List.of(), text));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue("claim_text", e.getMessage());
    }
  }

  private static int integer(Row row, String column, int otherwise) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidValue(column, "\"" + value + "\" is not a whole number");
  }

  private static String number(Row row) {
    String id = row.get("patent_id").toUpperCase(Locale.ROOT);
    Matcher m = NUMBER.matcher(id);
    if (!m.matches()) {
      throw new InvalidValue(
          "patent_id", "\"" + row.get("patent_id") + "\" is not a US patent number");
    }
    return (m.group(1) == null ? "" : m.group(1)) + m.group(2);
  }

  private static PatentType type(String type, String number) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "utility" -> PatentType.UTILITY;
      case "design" -> PatentType.DESIGN;
      case "plant" -> PatentType.PLANT;
      case "reissue" -> PatentType.REISSUE;
      default -> {
        if (number.startsWith("D")) {
          yield PatentType.DESIGN;
        }
        if (number.startsWith("PP")) {
          yield PatentType.PLANT;
        }
        yield number.startsWith("RE") ? PatentType.REISSUE : PatentType.UTILITY;
      }
    };
  }

  private static LocalDate date(Row row, String column) {
    String value = row.get(column);
    if (value.isEmpty() || value.startsWith("0000")) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidValue(column, "\"" + value + "\" is not a date such as 2021-06-15");
    }
  }

  /** A patent while its tables are read. */
  private static final class Draft {
    final InputFile file;
    final long line;
    final String number;
    String kind = "";
    PatentType type = PatentType.UTILITY;
    String title = "";
    String assignee;
    int assigneeSequence;
    LocalDate granted;
    LocalDate filed;
    int adjustment;
    boolean disclaimer;
    LocalDate disclaimedExpiry;
    final Map<Integer, String> cpc = new TreeMap<>();
    final Map<Integer, Claim> claims = new TreeMap<>();

    Draft(InputFile file, long line, String number) {
      this.file = file;
      this.line = line;
      this.number = number;
    }

    Patent patent() {
      if (filed != null && filed.isAfter(granted)) {
        throw new InvalidValue(
            "filing_date",
            "patent " + number + " was filed " + filed + ", after its grant " + granted);
      }
      Set<String> classes = new LinkedHashSet<>(cpc.values());
      return new Patent(
          number,
          kind,
          type,
          title,
          assignee,
          filed,
          granted,
          null,
          adjustment,
          disclaimer,
          disclaimedExpiry,
          null,
          List.copyOf(classes),
          List.copyOf(claims.values()));
    }
  }
}
