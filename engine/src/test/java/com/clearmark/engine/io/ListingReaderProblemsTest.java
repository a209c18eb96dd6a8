package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.clearmark.engine.listing.Listing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingReaderProblemsTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  private List<Listing> readLeniently(Path file) {
    try (ListingReader reader = ListingReader.open(file, null, false, problems::add)) {
      List<Listing> listings = new ArrayList<>();
      reader.forEachRemaining(listings::add);
      assertThat(reader.problemCount()).isEqualTo(problems.size());
      return listings;
    }
  }

  private static ObjectAssert<InputProblem> assertFailure(Path file) {
    return assertThatThrownBy(
            () -> {
              try (ListingReader reader = ListingReader.open(file, null, false, p -> {})) {
                reader.forEachRemaining(l -> {});
              }
            })
        .isInstanceOf(InputException.class)
        .extracting(e -> ((InputException) e).problem(), type(InputProblem.class));
  }

  @Test
  void badPriceIsReportedWithLineAndFieldAndRowSkipped() {
    Path file = write(dir, "prices.csv", "sku,title,price\nA,One,1.00\nB,Two,abc\nC,Three,3\n");

    List<Listing> listings = readLeniently(file);

    assertThat(listings).extracting(Listing::sku).containsExactly("A", "C");
    assertThat(problems)
        .singleElement()
        .isEqualTo(
            new InputProblem(
                file.toString(),
                3,
                "price",
                "\"abc\" is not a price; write it as a number such as 19.99"));
    assertThat(listings.get(1).row()).as("the skipped row still counts").isEqualTo(3);
  }

  @Test
  void aFieldOfMoreThanAMillionCharactersIsARowProblemAndTheNextRowsAreRead() {
    Path file =
        write(
            dir,
            "huge.csv",
            "sku,title\nA,One\nB,"
                + "w".repeat(DelimitedRecords.MAX_FIELD_CHARS + 1)
                + "\nC,Three\n");

    List<Listing> listings = readLeniently(file);

    assertThat(listings).extracting(Listing::sku).containsExactly("A", "C");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.message()).contains("longer than 1048576 characters");
            });
  }

  @Test
  void negativePriceIsReported() {
    Path file = write(dir, "neg.tsv", "item-name\tseller-sku\tprice\nMug\tM-1\t-2.50\n");

    assertThat(readLeniently(file)).isEmpty();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.field()).isEqualTo("price");
              assertThat(p.message()).contains("-2.50", "negative");
            });
  }

  @Test
  void flatFilePriceProblemNamesTheFlatFileColumn() {
    Path file = write(dir, "flat.txt", "item_sku\titem_name\tstandard_price\nK-1\tKite\tten\n");

    readLeniently(file);

    assertThat(problems)
        .singleElement()
        .extracting(InputProblem::field)
        .isEqualTo("standard_price");
  }

  @Test
  void rowWithTooManyColumnsIsReported() {
    Path file = write(dir, "wide.csv", "sku,title,price\nA,Gloves, size M,4\nB,Hat,5\n");

    List<Listing> listings = readLeniently(file);

    assertThat(listings).extracting(Listing::sku).containsExactly("B");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("4 fields", "3 columns", "double quotes");
            });
  }

  @Test
  void invalidJsonOnALineIsReportedAndTheLineSkipped() {
    Path file =
        write(
            dir,
            "bad.jsonl",
            "{\"sku\":\"A\",\"title\":\"One\"}\n{\"sku\":\"B\",\"title\":\n{\"sku\":\"C\"}\n");

    List<Listing> listings = readLeniently(file);

    assertThat(listings).extracting(Listing::sku).containsExactly("A", "C");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).startsWith("invalid JSON: ");
            });
  }

  @Test
  void jsonValuesOfTheWrongKindAreReportedWithTheirField() {
    Path file =
        write(
            dir,
            "kinds.jsonl",
            """
            {"sku":"A","title":{"en":"One"}}
            {"sku":"B","price":[1]}
            {"sku":"C","bullet_points":[["nested"]]}
            [1,2]
            {"sku":"D"} {"sku":"E"}
            {"sku":"F","price":-1}
            """);

    assertThat(readLeniently(file)).isEmpty();
    assertThat(problems)
        .extracting(InputProblem::line, InputProblem::field)
        .containsExactly(
            Tuple.tuple(1L, "title"),
            Tuple.tuple(2L, "price"),
            Tuple.tuple(3L, "bullet_points"),
            Tuple.tuple(4L, ""),
            Tuple.tuple(5L, ""),
            Tuple.tuple(6L, "price"));
  }

  @Test
  void rowWithoutTitleSkuOrAsinIsReported() {
    Path file = write(dir, "anon.csv", "sku,title,brand\n,,Acme\nA,,\n");

    List<Listing> listings = readLeniently(file);

    assertThat(listings).extracting(Listing::sku).containsExactly("A");
    assertThat(problems)
        .singleElement()
        .isEqualTo(
            new InputProblem(file.toString(), 2, "title", "the row has no title, SKU or ASIN"));
  }

  @Test
  void unclosedQuoteRefusesTheWholeFileNamingTheLineAndColumnWhereItOpens() {
    Path file = write(dir, "open.csv", "sku,title\nA,One\nB,\"Two\nC,Three\n");

    assertFailure(file)
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo(file.toString());
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.field()).isEqualTo("title");
              assertThat(p.message()).contains("no matching closing quote").contains("refused");
            });
  }

  @Test
  void quoteLeftOpenThatPairsWithALaterQuoteRefusesTheFile() {
    Path file =
        write(
            dir,
            "paired.csv",
            "sku,title,description\nA,One,x\nB,\"Two,y\nC,Three,z\nD,\"Four, quoted\",w\n");

    assertFailure(file)
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.field()).isEqualTo("title");
            });
  }

  @Test
  void quotedValuesSpanningLinesAreStillRead() {
    Path file =
        write(dir, "multi.csv", "sku,title,description\nA,One,\"two\nlines\"\nB,Two,\"x\"\n");

    assertThat(readLeniently(file))
        .extracting(Listing::description)
        .containsExactly("two\nlines", "x");
    assertThat(problems).isEmpty();
  }

  @Test
  void strictModeStopsAtFirstMalformedRow() {
    Path file = write(dir, "strict.csv", "sku,title,price\nA,One,1\nB,Two,x\nC,Three,y\n");
    List<String> read = new ArrayList<>();

    assertThatThrownBy(
            () -> {
              try (ListingReader reader = ListingReader.open(file, null, true, problems::add)) {
                reader.forEachRemaining(l -> read.add(l.sku()));
              }
            })
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":3: price: \"x\" is not a price; write it as a number such as 19.99");
    assertThat(read).containsExactly("A");
    assertThat(problems).as("strict mode throws instead of reporting").isEmpty();
  }

  @Test
  void missingFileIsReportedAtLineZero() {
    Path file = dir.resolve("nowhere.csv");

    assertFailure(file).isEqualTo(new InputProblem(file.toString(), 0, "", "file not found"));
  }

  @Test
  void folderInsteadOfAFileIsReported() {
    assertFailure(dir).extracting(InputProblem::message).asString().contains("folder");
  }

  @Test
  void aFileOfOnlyDelimitersIsRefusedAsHavingNoHeader() {
    for (String content : new String[] {",", ",,\n,\n", "\"\",\"\"\n"}) {
      Path file = write(dir, "delimiters.csv", content);
      assertFailure(file)
          .extracting(InputProblem::message)
          .isEqualTo("the file has no header row, only empty cells");
    }
  }

  @Test
  void emptyFileIsReported() {
    Path file = write(dir, "empty.csv", "");

    assertFailure(file).isEqualTo(new InputProblem(file.toString(), 0, "", "the file is empty"));
  }

  @Test
  void fileOfOnlyBlankLinesIsEmpty() {
    Path file = write(dir, "blank.csv", "\uFEFF\n  \r\n");

    assertFailure(file).extracting(InputProblem::message).isEqualTo("the file is empty");
  }

  @Test
  void headerOnlyFileHasNoListingsAndNoProblems() throws Exception {
    Path file = write(dir, "header.csv", "sku,title\n");

    assertThat(readLeniently(file)).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void unrecognisedHeaderNamesTheAcceptedFormats() {
    Path file = write(dir, "orders.csv", "order-id,quantity\n1,2\n");

    assertFailure(file)
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.file()).isEqualTo(file.toString());
              assertThat(p.message())
                  .contains("All Listings report", "flat file", "CSV", "JSON lines")
                  .contains("item-name", "item_name", "sku", "title");
            });
  }

  @Test
  void allListingsHeaderWithoutSellerSkuNamesTheMissingColumn() {
    Path file = write(dir, "report.txt", "item-name\titem-description\tprice\nMug\t\t3\n");

    assertFailure(file)
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.field()).isEqualTo("seller-sku");
              assertThat(p.message()).contains("no seller-sku column");
            });
  }

  @Test
  void undecodableBytesAreReportedWithTheirLineAndAnEncodingHint() {
    byte[] header = "sku,title\nA,Gloves\nB,".getBytes(StandardCharsets.UTF_8);
    byte[] cafe = {'C', 'a', 'f', (byte) 0xE9, '\n'};
    byte[] content = new byte[header.length + cafe.length];
    System.arraycopy(header, 0, content, 0, header.length);
    System.arraycopy(cafe, 0, content, header.length, cafe.length);
    Path file = write(dir, "latin.csv", content);
    List<String> read = new ArrayList<>();

    assertThatThrownBy(
            () -> {
              try (ListingReader reader = ListingReader.open(file, null, false, problems::add)) {
                reader.forEachRemaining(l -> read.add(l.sku()));
              }
            })
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problem().line()).isEqualTo(3);
              assertThat(e.problem().message()).contains("UTF-8", "--encoding windows-1252");
            });
    assertThat(read).containsExactly("A");
  }

  @Test
  void undecodableBytesInTheHeaderAreReportedOnLineOne() {
    Path file = write(dir, "latin-header.csv", new byte[] {'s', 'k', (byte) 0xFC, ',', 't'});

    assertFailure(file)
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("--encoding windows-1252");
            });
  }

  @Test
  void unreadableFileIsReported() throws Exception {
    Path file = write(dir, "locked.csv", "sku,title\n");
    if (!file.toFile().setReadable(false) || Files.isReadable(file)) {
      return; // running as root: permissions cannot be taken away
    }
    assertFailure(file).extracting(InputProblem::line).isEqualTo(0L);
  }
}
