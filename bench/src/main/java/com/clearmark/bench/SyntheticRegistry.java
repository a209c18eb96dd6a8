package com.clearmark.bench;

import com.clearmark.engine.mark.Mark;
import com.clearmark.engine.mark.MarkStatus;
import com.clearmark.engine.text.Lexicon;
import com.clearmark.engine.text.TextFolding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A seeded synthetic registry of any size: about a hundred real famous marks (names and classes are
 * facts) and then coined marks that look like real ones.
 *
 * <p>Coined marks are pronounceable pseudo-words of two to four syllables, a seventh of them
 * followed by a generic second word ({@code Velmora Home}); none is an English word and no two
 * share a normalised key. They make the registry as dense as a real one, so that look-alike
 * matching has to tell a misspelt famous mark from thousands of neighbouring coined marks. The same
 * seed always gives the same registry.
 */
public final class SyntheticRegistry {

  /** Famous marks with a typical Nice class each; the screening targets of the corpus. */
  static final String[][] FAMOUS = {
    {"NIKE", "25"},
    {"ADIDAS", "25"},
    {"REEBOK", "25"},
    {"PUMA", "25"},
    {"ROLEX", "14"},
    {"OMEGA", "14"},
    {"CARTIER", "14"},
    {"GUCCI", "18"},
    {"PRADA", "18"},
    {"CHANEL", "3"},
    {"LOUIS VUITTON", "18"},
    {"HERMES", "18"},
    {"BURBERRY", "25"},
    {"VERSACE", "25"},
    {"ARMANI", "25"},
    {"MICHAEL KORS", "18"},
    {"COACH", "18"},
    {"TIFFANY", "14"},
    {"PANDORA", "14"},
    {"SWAROVSKI", "14"},
    {"RAY-BAN", "9"},
    {"OAKLEY", "9"},
    {"SAMSUNG", "9"},
    {"SONY", "9"},
    {"PANASONIC", "9"},
    {"PHILIPS", "9"},
    {"LENOVO", "9"},
    {"MICROSOFT", "9"},
    {"NINTENDO", "9"},
    {"PLAYSTATION", "9"},
    {"XBOX", "9"},
    {"LOGITECH", "9"},
    {"GARMIN", "9"},
    {"FITBIT", "9"},
    {"GOPRO", "9"},
    {"BOSE", "9"},
    {"SENNHEISER", "9"},
    {"JBL", "9"},
    {"ANKER", "9"},
    {"OTTERBOX", "9"},
    {"DYSON", "7"},
    {"KITCHENAID", "7"},
    {"NESPRESSO", "30"},
    {"KEURIG", "11"},
    {"PHILIPS SONICARE", "21"},
    {"GILLETTE", "8"},
    {"COLGATE", "3"},
    {"NIVEA", "3"},
    {"LOREAL", "3"},
    {"MAYBELLINE", "3"},
    {"NEUTROGENA", "3"},
    {"CLINIQUE", "3"},
    {"LANCOME", "3"},
    {"ESTEE LAUDER", "3"},
    {"COCA-COLA", "32"},
    {"PEPSI", "32"},
    {"RED BULL", "32"},
    {"NESCAFE", "30"},
    {"STARBUCKS", "30"},
    {"HEINZ", "30"},
    {"KELLOGGS", "30"},
    {"NUTELLA", "30"},
    {"LEGO", "28"},
    {"BARBIE", "28"},
    {"HASBRO", "28"},
    {"MATTEL", "28"},
    {"DISNEY", "28"},
    {"MARVEL", "28"},
    {"POKEMON", "28"},
    {"HOT WHEELS", "28"},
    {"NERF", "28"},
    {"THE NORTH FACE", "25"},
    {"PATAGONIA", "25"},
    {"COLUMBIA", "25"},
    {"UNDER ARMOUR", "25"},
    {"NEW BALANCE", "25"},
    {"ASICS", "25"},
    {"SKECHERS", "25"},
    {"CONVERSE", "25"},
    {"TIMBERLAND", "25"},
    {"DR. MARTENS", "25"},
    {"BIRKENSTOCK", "25"},
    {"CROCS", "25"},
    {"LEVI'S", "25"},
    {"WRANGLER", "25"},
    {"CALVIN KLEIN", "25"},
    {"TOMMY HILFIGER", "25"},
    {"RALPH LAUREN", "25"},
    {"LACOSTE", "25"},
    {"HUGO BOSS", "25"},
    {"SUPERDRY", "25"},
    {"HYDRO FLASK", "21"},
    {"YETI", "21"},
    {"STANLEY", "21"},
    {"TUPPERWARE", "21"},
    {"PYREX", "21"},
    {"LE CREUSET", "21"},
    {"VICTORINOX", "8"},
    {"BOSCH", "7"},
    {"MAKITA", "7"},
    {"DEWALT", "7"},
    {"BLACK+DECKER", "7"},
    {"STIHL", "7"},
    {"KARCHER", "7"},
    {"MICHELIN", "12"},
    {"CASTROL", "4"},
    {"DUREX", "10"},
    {"PAMPERS", "16"},
    {"HUGGIES", "16"}
  };

  private static final String[] ONSETS = {
    "b", "br", "c", "cl", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kr", "l", "m", "n",
    "p", "pl", "pr", "qu", "r", "s", "sk", "sl", "st", "t", "tr", "v", "vr", "w", "z", "x", "sh"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
  private static final String[] CODAS = {"", "", "", "n", "r", "x", "l", "s", "m", "th", "v"};
  private static final String[] SECOND_WORDS = {
    "Home",
    "Labs",
    "Tech",
    "Outdoors",
    "Kids",
    "Beauty",
    "Gear",
    "Living",
    "Studio",
    "Co",
    "Works",
    "Naturals",
    "Sport",
    "Audio",
    "Pets",
    "Kitchen",
    "Garden",
    "Designs"
  };

  private SyntheticRegistry() {}

  /** The famous marks alone, live and famous. */
  public static List<Mark> famous() {
    var marks = new ArrayList<Mark>();
    for (int i = 0; i < FAMOUS.length; i++) {
      marks.add(
          new Mark(
              FAMOUS[i][0],
              "Famous Owner " + (i + 1),
              String.format("FAM-%04d", i + 1),
              "US",
              Set.of(Integer.parseInt(FAMOUS[i][1])),
              MarkStatus.LIVE,
              true));
    }
    return marks;
  }

  /** {@code size} marks: the famous ones first, then coined ones, 3% of them dead. */
  public static List<Mark> generate(int size, long seed) {
    var random = new SplittableRandom(seed);
    var marks = new ArrayList<Mark>(size);
    var keys = new HashSet<String>();
    for (Mark m : famous()) {
      if (marks.size() == size) {
        return marks;
      }
      marks.add(m);
      keys.add(TextFolding.compactKey(m.name()));
    }
    var lexicon = Lexicon.english();
    while (marks.size() < size) {
      String word = coinedWord(random);
      if (lexicon.isOrdinaryPhrase(word)) {
        continue;
      }
      String name =
          random.nextInt(7) == 0
              ? word + " " + SECOND_WORDS[random.nextInt(SECOND_WORDS.length)]
              : word;
      if (!keys.add(TextFolding.compactKey(name))) {
        continue;
      }
      int n = marks.size();
      var classes = new TreeSet<Integer>();
      int classCount = 1 + random.nextInt(3);
      while (classes.size() < classCount) {
        classes.add(1 + random.nextInt(45));
      }
      marks.add(
          new Mark(
              name,
              word + " Holdings LLC",
              String.format("SYN-%07d", n),
              "US",
              classes,
              random.nextInt(100) < 3 ? MarkStatus.DEAD : MarkStatus.LIVE,
              false));
    }
    return marks;
  }

  static String coinedWord(SplittableRandom random) {
    var sb = new StringBuilder();
    int syllables = 2 + random.nextInt(3);
    for (int s = 0; s < syllables; s++) {
      sb.append(ONSETS[random.nextInt(ONSETS.length)]);
      sb.append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    sb.append(CODAS[random.nextInt(CODAS.length)]);
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  /** The famous marks that are not ordinary English words: the look-alike targets. */
  static List<Mark> targets() {
    var lexicon = Lexicon.english();
    return Arrays.stream(FAMOUS)
        .map(f -> f[0])
        .filter(name -> !lexicon.isOrdinaryPhrase(name))
        .map(name -> famous().stream().filter(m -> m.name().equals(name)).findFirst().get())
        .toList();
  }
}
